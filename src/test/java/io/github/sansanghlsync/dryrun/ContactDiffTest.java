package io.github.sansanghlsync.dryrun;

import io.github.sansanghlsync.ghl.GhlContact;
import io.github.sansanghlsync.ghl.UpsertContactRequest;
import io.github.sansanghlsync.ghl.UpsertContactRequest.CustomFieldValue;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

class ContactDiffTest {

    private static final UpsertContactRequest REQUEST = new UpsertContactRequest("loc", "太郎", "山田", null,
            "Taro.Yamada@example.co.jp", "+819011112222", "山田製作所", null, null, null, null, "JP", null, "Sansan",
            List.of(new CustomFieldValue("cf1", "部長"), new CustomFieldValue("cf2", null)));

    @Test
    void listsTheSentFieldsGhlHoldsDifferentlyWithOldAndNewValuesAndCustomFieldsByKey() {
        GhlContact current = new GhlContact("c1", Map.of("firstName", "太郎", "lastName", "山田",
                "email", "taro.yamada@example.co.jp", "phone", "+819000000000", "companyName", "山田製作所",
                "country", "JP", "source", "Sansan", "customField.cf1", "課長", "city", "大阪市"));

        assertThat(ContactDiff.of(REQUEST, current, Map.of("cf1", "contact.job_title"))).containsExactly(
                new ContactDiff.FieldChange("phone", "+819000000000", "+819011112222"),
                new ContactDiff.FieldChange("customField.contact.job_title", "課長", "部長"));
    }

    @Test
    void aFieldGhlDoesNotHoldYetIsAChangeFromNothing() {
        GhlContact current = new GhlContact("c1", Map.of());

        assertThat(ContactDiff.of(REQUEST, current, Map.of())).extracting(ContactDiff.FieldChange::field)
                .containsExactly("firstName", "lastName", "email", "phone", "companyName", "country", "source", "customField.cf1");
    }

    @Test
    void aNoteBodyBecomesOneShortLine() {
        assertThat(DryRunGhlClient.oneLine("電話対応。\n資料送付済み。\n\n[sansan:memo/1]")).isEqualTo("電話対応。 資料送付済み。 [sansan:memo/1]");
        assertThat(DryRunGhlClient.oneLine("あ".repeat(200))).hasSize(120).endsWith("…");
    }
}
