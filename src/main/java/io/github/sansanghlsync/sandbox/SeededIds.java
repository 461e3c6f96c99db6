package io.github.sansanghlsync.sandbox;

import java.util.SplittableRandom;
import java.util.UUID;

/** Deterministic identifiers (Sansan hex ids, GHL 20-char ids, trace UUIDs) from one seeded sequence. */
public final class SeededIds {

    private static final String ALPHANUMERIC = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789";

    private final SplittableRandom random;

    public SeededIds(long seed) {
        this.random = new SplittableRandom(seed);
    }

    /** 32 uppercase hex characters, as Sansan card, person and company ids. */
    public synchronized String hex32() {
        return String.format("%016X%016X", random.nextLong(), random.nextLong());
    }

    /** Letters and digits, as GHL contact and custom-field ids (20 characters). */
    public synchronized String alphanumeric(int length) {
        StringBuilder id = new StringBuilder(length);
        for (int i = 0; i < length; i++) {
            id.append(ALPHANUMERIC.charAt(random.nextInt(ALPHANUMERIC.length())));
        }
        return id.toString();
    }

    /** A version-4-shaped UUID whose bits come from the seeded sequence. */
    public synchronized UUID uuid() {
        long msb = (random.nextLong() & 0xFFFFFFFFFFFF0FFFL) | 0x0000000000004000L;
        long lsb = (random.nextLong() & 0x3FFFFFFFFFFFFFFFL) | 0x8000000000000000L;
        return new UUID(msb, lsb);
    }
}
