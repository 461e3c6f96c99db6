package io.github.sansanghlsync.contact.mapping;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

class MappingSettingsTest {

    @Test
    void defaultsAreJapanSansanAndTheContactKeys() {
        assertThat(MappingSettings.defaults()).isEqualTo(new MappingSettings("JP", "Sansan", "JP",
                "contact.job_title", "contact.department", "contact.name_kana",
                "contact.office_phone", "contact.sansan_person_id"));
    }

    @Test
    void blankKeysMeanDoNotMapAndRegionsAreUpperCased() {
        MappingSettings settings = new MappingSettings("jp", " ", "jp", "", " contact.department ", null, "\t", null);

        assertThat(settings.defaultPhoneRegion()).isEqualTo("JP");
        assertThat(settings.defaultCountry()).isEqualTo("JP");
        assertThat(settings.source()).isNull();
        assertThat(settings.jobTitleKey()).isNull();
        assertThat(settings.departmentKey()).isEqualTo("contact.department");
        assertThat(settings.officePhoneKey()).isNull();
    }

    @Test
    void regionsMustBeTwoLetterCodes() {
        assertThatIllegalArgumentException().isThrownBy(
                () -> new MappingSettings("Japan", "Sansan", "JP", null, null, null, null, null));
        assertThatIllegalArgumentException().isThrownBy(
                () -> new MappingSettings("JP", "Sansan", "JPN", null, null, null, null, null));
    }
}
