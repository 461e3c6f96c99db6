package io.github.sansanghlsync.sandbox.sansan;

import java.util.Random;

/**
 * Japanese phone numbers as people write them on cards: {@code 03-1234-5678}, {@code (03)1234-5678},
 * {@code 0312345678}, full-width {@code ０３－１２３４－５６７８}, and mobiles such as {@code 090-1234-5678}
 * or full-width with the long-vowel mark {@code ０９０ー１２３４ー５６７８} (a common input slip).
 */
final class PhoneFormats {

    private static final String[] MOBILE_PREFIXES = {"090", "080", "070"};

    private PhoneFormats() {
    }

    /** A landline in a randomly chosen but realistic notation. */
    static String landline(Random random, String area, String exchange, String line) {
        double style = random.nextDouble();
        if (style < 0.60) {
            return area + "-" + exchange + "-" + line;
        }
        if (style < 0.70) {
            return "(" + area + ")" + exchange + "-" + line;
        }
        if (style < 0.85) {
            return area + exchange + line;
        }
        return fullWidth(area + "－" + exchange + "－" + line);
    }

    /** A mobile number in a randomly chosen notation. */
    static String mobile(Random random) {
        String prefix = MOBILE_PREFIXES[random.nextInt(MOBILE_PREFIXES.length)];
        // real mobile numbers never have 0 after the prefix (090-0xxx does not exist)
        String middle = (char) ('1' + random.nextInt(9)) + digits(random, 3);
        String last = digits(random, 4);
        double style = random.nextDouble();
        if (style < 0.70) {
            return prefix + "-" + middle + "-" + last;
        }
        if (style < 0.85) {
            return prefix + middle + last;
        }
        return fullWidth(prefix + "ー" + middle + "ー" + last);
    }

    /** A direct line in the company's exchange: same area code and exchange, another line number. */
    static String directLine(Random random, SampleCompany company) {
        return landline(random, company.areaCode(), company.exchange(), digits(random, 4));
    }

    /** The company's fax: the switchboard's neighbour, always hyphenated. */
    static String fax(SampleCompany company) {
        int line = (Integer.parseInt(company.line()) + 1) % 10_000;
        return company.areaCode() + "-" + company.exchange() + "-" + String.format("%04d", line);
    }

    static String digits(Random random, int count) {
        StringBuilder digits = new StringBuilder(count);
        for (int i = 0; i < count; i++) {
            digits.append((char) ('0' + random.nextInt(10)));
        }
        return digits.toString();
    }

    /** ASCII digits to full-width digits; other characters stay. */
    static String fullWidth(String text) {
        StringBuilder out = new StringBuilder(text.length());
        for (char c : text.toCharArray()) {
            out.append(c >= '0' && c <= '9' ? (char) ('０' + (c - '0')) : c);
        }
        return out.toString();
    }
}
