package io.github.sansanghlsync.contact.mapping;

import java.text.Normalizer;
import java.util.Arrays;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * The {@code kana:} transform: which form kana (and, for {@code nfkc}, every compatibility character) take.
 * Readings typed on a PC or read by OCR mix half-width ｶﾀｶﾅ, full-width カタカナ and ひらがな; GHL searches
 * and sorts them as different strings.
 */
enum KanaForm {
    /** Half-width katakana become full-width (ｶﾞ → ガ); everything else stays. */
    FULL_WIDTH("full-width"),
    /** Full-width katakana become half-width (ガ → ｶﾞ), as some older systems want them. */
    HALF_WIDTH("half-width"),
    /** Hiragana and half-width katakana become full-width katakana. */
    KATAKANA("katakana"),
    /** Katakana (full- or half-width) become hiragana, where hiragana has the letter. */
    HIRAGANA("hiragana"),
    /** Unicode NFKC: full-width letters and digits to ASCII, half-width kana to full-width, ㈱ to (株). */
    NFKC("nfkc");

    private static final char HALF_FIRST = '\uFF61';
    private static final char HALF_LAST = '\uFF9F';
    // full-width katakana (and 。「」、・ー) → their half-width spelling, one or two characters (ガ → ｶﾞ)
    private static final Map<Character, String> TO_HALF = halfWidthTable();

    private final String value;

    KanaForm(String value) {
        this.value = value;
    }

    String value() {
        return value;
    }

    static Optional<KanaForm> of(String value) {
        String wanted = value.strip().toLowerCase(Locale.ROOT);
        return Arrays.stream(values()).filter(form -> form.value.equals(wanted)).findFirst();
    }

    String apply(String text) {
        return switch (this) {
            case FULL_WIDTH -> fullWidth(text);
            case HALF_WIDTH -> halfWidth(text);
            case KATAKANA -> katakana(fullWidth(text));
            case HIRAGANA -> hiragana(fullWidth(text));
            case NFKC -> Normalizer.normalize(text, Normalizer.Form.NFKC);
        };
    }

    private static boolean isHalfWidthKana(char c) {
        return c >= HALF_FIRST && c <= HALF_LAST;
    }

    /** NFKC on the half-width kana runs only, so that ｶﾞ composes to ガ while full-width ＡＢＣ stay as they are. */
    private static String fullWidth(String text) {
        StringBuilder out = null;
        int i = 0;
        while (i < text.length()) {
            if (!isHalfWidthKana(text.charAt(i))) {
                if (out != null) {
                    out.append(text.charAt(i));
                }
                i++;
                continue;
            }
            if (out == null) {
                out = new StringBuilder(text.length()).append(text, 0, i);
            }
            int end = i;
            while (end < text.length() && isHalfWidthKana(text.charAt(end))) {
                end++;
            }
            out.append(Normalizer.normalize(text.substring(i, end), Normalizer.Form.NFKC));
            i = end;
        }
        return out == null ? text : out.toString();
    }

    private static String halfWidth(String text) {
        StringBuilder out = new StringBuilder(text.length() + 4);
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            String half = TO_HALF.get(c);
            out.append(half != null ? half : String.valueOf(c));
        }
        return out.toString();
    }

    private static String katakana(String text) {
        char[] chars = text.toCharArray();
        for (int i = 0; i < chars.length; i++) {
            // ぁ..ゖ and ゝゞ sit 0x60 below ァ..ヶ and ヽヾ
            if ((chars[i] >= '\u3041' && chars[i] <= '\u3096') || chars[i] == '\u309D' || chars[i] == '\u309E') {
                chars[i] += 0x60;
            }
        }
        return new String(chars);
    }

    private static String hiragana(String text) {
        char[] chars = text.toCharArray();
        for (int i = 0; i < chars.length; i++) {
            if ((chars[i] >= '\u30A1' && chars[i] <= '\u30F6') || chars[i] == '\u30FD' || chars[i] == '\u30FE') {
                chars[i] -= 0x60;
            }
        }
        return new String(chars);
    }

    private static Map<Character, String> halfWidthTable() {
        Map<Character, String> table = new HashMap<>();
        for (char half = HALF_FIRST; half <= HALF_LAST; half++) {
            put(table, String.valueOf(half));
            put(table, half + "\uFF9E");
            put(table, half + "\uFF9F");
        }
        return Map.copyOf(table);
    }

    private static void put(Map<Character, String> table, String half) {
        String full = Normalizer.normalize(half, Normalizer.Form.NFKC);
        // only composed results: ｱﾞ has no full-width form and must not claim ア
        if (full.length() == 1 && !isHalfWidthKana(full.charAt(0))) {
            table.merge(full.charAt(0), half, (kept, other) -> kept.length() <= other.length() ? kept : other);
        }
    }
}
