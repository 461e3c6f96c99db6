package io.github.sansanghlsync.contact.mapping;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

class PhoneNumbersTest {

    private final PhoneNumbers phones = new PhoneNumbers("JP");

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "03-1234-5678      | +81312345678",
            "(03)1234-5678     | +81312345678",
            "0312345678        | +81312345678",
            "090-1234-5678     | +819012345678",
            "+81 3 1234 5678   | +81312345678",
            "０３－１２３４－５６７８ | +81312345678",
            "０９０ー１２３４ー５６７８ | +819012345678",
            "03‐1234‐5678      | +81312345678",
            "03−1234−5678      | +81312345678",
            "03–1234–5678      | +81312345678",
            "03—1234—5678      | +81312345678",
            "03―1234―5678      | +81312345678",
            "（０３）１２３４－５６７８ | +81312345678",
            "06-1234-5678      | +81612345678",
            "045-123-4567      | +81451234567",
            "0120-123-456      | +81120123456"})
    void normalisesJapaneseWritingsToE164(String text, String e164) {
        assertThat(phones.toE164(text)).isEqualTo(new PhoneNumbers.Valid(text, e164));
    }

    @ParameterizedTest
    @ValueSource(strings = {"03-12", "abc", "03-1234-567", "0000000000", "03-0000-0000", "+1 555 000 0000", "-"})
    void rejectsWhatIsNotAValidNumber(String text) {
        PhoneNumbers.Result result = phones.toE164(text);

        assertThat(result).isInstanceOf(PhoneNumbers.Invalid.class);
        assertThat(result.input()).isEqualTo(text);
        assertThat(((PhoneNumbers.Invalid) result).reason()).isNotBlank();
    }

    @Test
    void blankIsAbsentNotInvalid() {
        assertThat(phones.toE164(null)).isNull();
        assertThat(phones.toE164(" \u3000")).isNull();
    }

    @Test
    void aSupportedRegionHintReplacesTheDefaultAndAnUnknownOneIsIgnored() {
        assertThat(phones.toE164("(415) 555-0100", "US")).isEqualTo(new PhoneNumbers.Valid("(415) 555-0100", "+14155550100"));
        assertThat(phones.toE164("03-1234-5678", "ZZ")).isEqualTo(new PhoneNumbers.Valid("03-1234-5678", "+81312345678"));
        assertThat(phones.toE164("+81 90 1234 5678", "US")).isEqualTo(new PhoneNumbers.Valid("+81 90 1234 5678", "+819012345678"));
    }

    @Test
    void anUnknownDefaultRegionFailsAtStartUp() {
        assertThatIllegalArgumentException().isThrownBy(() -> new PhoneNumbers("XX"));
    }
}
