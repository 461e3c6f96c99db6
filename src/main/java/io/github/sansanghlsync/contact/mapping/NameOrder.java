package io.github.sansanghlsync.contact.mapping;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/**
 * {@code mapping.name-order}: what GHL's full {@code name} gets. GHL shows "firstName lastName", which
 * reads "太郎 山田" for a Japanese card; sending {@code name} lets the CRM show the order the company uses.
 */
public enum NameOrder {
    /** No {@code name} is sent: GHL shows firstName and lastName as it does (the behaviour before name order existed). */
    AS_CARD("as-card"),
    /** {@code name} is "family given" for every card: 山田 太郎, Yamada Taro. */
    FAMILY_FIRST("family-first"),
    /** {@code name} is "given family" for every card: 太郎 山田, Taro Yamada. */
    GIVEN_FIRST("given-first"),
    /** Family first for names in Japanese script (山田 太郎), given first for names in Latin letters (Taro Yamada). */
    BY_SCRIPT("by-script");

    private final String value;

    NameOrder(String value) {
        this.value = value;
    }

    public String value() {
        return value;
    }

    static Optional<NameOrder> of(String value) {
        String wanted = value.strip().toLowerCase(Locale.ROOT);
        return Arrays.stream(values()).filter(order -> order.value.equals(wanted)).findFirst();
    }

    /** The full name, or null when this order sends none or both parts are blank. */
    String fullName(String lastName, String firstName) {
        return switch (this) {
            case AS_CARD -> null;
            case FAMILY_FIRST -> CardText.join(lastName, firstName);
            case GIVEN_FIRST -> CardText.join(firstName, lastName);
            case BY_SCRIPT -> isLatin(lastName) && isLatin(firstName)
                    ? CardText.join(firstName, lastName) : CardText.join(lastName, firstName);
        };
    }

    /** True when the text has no kanji or kana (null counts as Latin, so one blank part does not decide). */
    static boolean isLatin(String text) {
        if (text == null) {
            return true;
        }
        return text.codePoints().noneMatch(cp -> {
            Character.UnicodeScript script = Character.UnicodeScript.of(cp);
            return script == Character.UnicodeScript.HAN || script == Character.UnicodeScript.HIRAGANA
                    || script == Character.UnicodeScript.KATAKANA;
        });
    }
}
