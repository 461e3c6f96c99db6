package io.github.sansanghlsync.jdbc;

import java.util.concurrent.atomic.AtomicLongArray;

/**
 * A fixed-size Bloom filter of keys that have rows in a table: a key it has never seen certainly has
 * none, so looking it up (or closing it) needs no statement. Its size does not grow with the table; a
 * false positive only costs the statement that would have run anyway.
 */
public final class KeyFilter {

    private static final int BITS = 1 << 23; // 1 MB: about 1 % false positives at 800,000 keys
    private final AtomicLongArray words; // null: the filter knows nothing, every key may be there

    public KeyFilter() {
        this(new AtomicLongArray(BITS / 64));
    }

    private KeyFilter(AtomicLongArray words) {
        this.words = words;
    }

    /** A filter that knows nothing and holds no memory: every key may be there, so every look-up runs. */
    public static KeyFilter unknowing() {
        return new KeyFilter(null);
    }

    /** False for {@link #unknowing()}: then loading it with a table's keys is wasted work. */
    public boolean knows() {
        return words != null;
    }

    public void add(String id) {
        if (id == null || words == null) {
            return;
        }
        for (int bit : bits(id)) {
            int word = bit >>> 6;
            long mask = 1L << (bit & 63);
            long old;
            do {
                old = words.get(word);
            } while ((old & mask) == 0 && !words.compareAndSet(word, old, old | mask));
        }
    }

    /** False when the key was certainly never added; a null key may be anything. */
    public boolean mayContain(String id) {
        if (id == null || words == null) {
            return true;
        }
        for (int bit : bits(id)) {
            if ((words.get(bit >>> 6) & (1L << (bit & 63))) == 0) {
                return false;
            }
        }
        return true;
    }

    /** Three positions from two hashes of the id (Kirsch–Mitzenmacher). */
    private static int[] bits(String id) {
        int h1 = id.hashCode();
        long h2 = h1 * 0x9E3779B97F4A7C15L;
        h2 ^= h2 >>> 29;
        h2 += id.length() * 0xBF58476D1CE4E5B9L;
        h2 ^= h2 >>> 32;
        int[] bits = new int[3];
        for (int i = 0; i < 3; i++) {
            bits[i] = (int) ((h1 + i * h2) & (BITS - 1));
        }
        return bits;
    }
}
