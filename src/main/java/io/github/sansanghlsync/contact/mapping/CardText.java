package io.github.sansanghlsync.contact.mapping;

import java.text.Normalizer;
import java.util.regex.Pattern;

/** The string hygiene every card value gets before it is validated or sent. */
final class CardText {

    // OCR and copy-paste leave stray control characters; newline and tab carry meaning in addresses and memos
    private static final Pattern CONTROL = Pattern.compile("[\\p{Cc}&&[^\\n\\t]]");

    private CardText() {}

    /** Control characters removed, Unicode whitespace (including the ideographic space) trimmed, blank as null. */
    static String clean(String raw) {
        if (raw == null) {
            return null;
        }
        String stripped = CONTROL.matcher(raw).replaceAll("").strip();
        return stripped.isEmpty() ? null : stripped;
    }

    /** {@link #clean} after NFKC, which turns full-width letters and digits and half-width kana into their usual forms. */
    static String cleanNfkc(String raw) {
        return raw == null ? null : clean(Normalizer.normalize(raw, Normalizer.Form.NFKC));
    }

    /** The non-null parts joined by one space, or null when there are none. */
    static String join(String first, String second) {
        if (first == null) {
            return second;
        }
        return second == null ? first : first + " " + second;
    }
}
