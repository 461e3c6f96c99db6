package io.github.sansanghlsync.contact.mapping;

import com.google.i18n.phonenumbers.NumberParseException;
import com.google.i18n.phonenumbers.PhoneNumberUtil;
import com.google.i18n.phonenumbers.PhoneNumberUtil.PhoneNumberFormat;
import com.google.i18n.phonenumbers.Phonenumber.PhoneNumber;

import java.text.Normalizer;
import java.util.Locale;
import java.util.Objects;
import java.util.regex.Pattern;

/** Normalises phone numbers as printed on (mostly Japanese) business cards to E.164, e.g. {@code +81312345678}. */
public final class PhoneNumbers {

    private static final PhoneNumberUtil PHONE = PhoneNumberUtil.getInstance();

    // dash look-alikes that NFKC leaves alone: hyphen, non-breaking hyphen, figure dash, en and em dash,
    // horizontal bar, minus sign, katakana long-vowel mark (ー, and ｰ after NFKC), small em dash, small hyphen-minus
    private static final Pattern DASHES = Pattern.compile("[\u2010\u2011\u2012\u2013\u2014\u2015\u2212\u30FC\uFE58\uFE63]");

    private final String defaultRegion;

    /** @param defaultRegion the region assumed for numbers written without a country code, e.g. {@code JP} */
    public PhoneNumbers(String defaultRegion) {
        this.defaultRegion = supportedRegion(Objects.requireNonNull(defaultRegion, "defaultRegion"));
        if (this.defaultRegion == null) {
            throw new IllegalArgumentException("not a region libphonenumber knows: " + defaultRegion);
        }
    }

    public String defaultRegion() {
        return defaultRegion;
    }

    /** The number in E.164 assuming the default region, or null when the text is null or blank. */
    public Result toE164(String text) {
        return toE164(text, null);
    }

    /**
     * The number in E.164, or null when the text is null or blank.
     *
     * @param regionHint the card's country, used instead of the default region when libphonenumber knows it
     */
    public Result toE164(String text, String regionHint) {
        if (text == null) {
            return null;
        }
        String input = DASHES.matcher(Normalizer.normalize(text, Normalizer.Form.NFKC)).replaceAll("-").strip();
        if (input.isEmpty()) {
            return null;
        }
        String region = regionHint == null ? null : supportedRegion(regionHint);
        try {
            PhoneNumber number = PHONE.parse(input, region == null ? defaultRegion : region);
            // isValidNumber, not isPossibleNumber: possible only checks the length, so it passes typos such as
            // 03-1234-567 and placeholders such as 0000000000; the sandbox's fictitious numbers (03-1234-5678,
            // 090-1234-5678) fit the real numbering plan and pass, while a placeholder like 03-0000-0000 does not
            if (!PHONE.isValidNumber(number)) {
                return new Invalid(text, "not a valid number in " + PHONE.getRegionCodeForCountryCode(number.getCountryCode()));
            }
            return new Valid(text, PHONE.format(number, PhoneNumberFormat.E164));
        } catch (NumberParseException e) {
            return new Invalid(text, reason(e));
        }
    }

    private static String supportedRegion(String code) {
        String upper = code.strip().toUpperCase(Locale.ROOT);
        return PHONE.getSupportedRegions().contains(upper) ? upper : null;
    }

    private static String reason(NumberParseException e) {
        return switch (e.getErrorType()) {
            case INVALID_COUNTRY_CODE -> "unknown country code";
            case TOO_SHORT_AFTER_IDD, TOO_SHORT_NSN -> "too short";
            case TOO_LONG -> "too long";
            case NOT_A_NUMBER -> "not a phone number";
        };
    }

    /** What became of one number: {@link Valid} with its E.164 form, or {@link Invalid} with the reason. */
    public sealed interface Result permits Valid, Invalid {

        /** The text as it was given. */
        String input();
    }

    /** A number that fits its region's numbering plan. */
    public record Valid(String input, String e164) implements Result {}

    /** A number that could not be read or does not exist in its region's numbering plan. */
    public record Invalid(String input, String reason) implements Result {}
}
