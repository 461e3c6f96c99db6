package io.github.sansanghlsync.sandbox.ghl;

import io.github.sansanghlsync.sandbox.HttpProbe;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class GhlEmulatorContactsTest {

    private GhlEmulator ghl;
    private GhlProbe probe;

    @BeforeEach
    void start() {
        ghl = GhlEmulator.start(GhlConfig.defaults().withBurstLimit(10_000, 10_000));
        probe = new GhlProbe(ghl);
    }

    @AfterEach
    void stop() {
        ghl.close();
    }

    @Test
    void createIs201AndADuplicateIs400WithMeta() {
        HttpProbe.Reply created = probe.send("POST", "/contacts/", probe.body(
                "\"email\":\"h.sato@example.co.jp\",\"phone\":\"+81312345678\",\"firstName\":\"花子\",\"lastName\":\"佐藤\""));
        HttpProbe.Reply byEmail = probe.send("POST", "/contacts/", probe.body("\"email\":\"H.SATO@example.co.jp\""));
        HttpProbe.Reply byPhone = probe.send("POST", "/contacts/", probe.body("\"phone\":\"+81312345678\""));

        assertThat(created.status()).isEqualTo(201);
        String id = created.json().path("contact").path("id").asString();
        assertThat(byEmail.status()).isEqualTo(400);
        assertThat(byEmail.json().path("message").asString()).isEqualTo("This location does not allow duplicated contacts.");
        assertThat(byEmail.json().path("meta").path("contactId").asString()).isEqualTo(id);
        assertThat(byEmail.json().path("meta").path("contactName").asString()).isEqualTo("花子 佐藤");
        assertThat(byEmail.json().path("meta").path("matchingField").asString()).isEqualTo("email");
        assertThat(byPhone.json().path("meta").path("matchingField").asString()).isEqualTo("phone");
        assertThat(ghl.stats().snapshot().requests("POST /contacts/")).isEqualTo(3);
    }

    @Test
    void updateFollowsUpdateContactDto() {
        String id = probe.upsert(probe.body("\"email\":\"a@example.co.jp\",\"tags\":[\"x\"]"))
                .json().path("contact").path("id").asString();

        HttpProbe.Reply ok = probe.send("PUT", "/contacts/" + id, "{\"firstName\":\"太郎\",\"city\":\"大阪市\"}");
        HttpProbe.Reply rejected = probe.send("PUT", "/contacts/" + id,
                "{\"companyName\":\"株式会社X\",\"locationId\":\"sandboxLocation0001\",\"gender\":\"male\"}");

        assertThat(ok.status()).isEqualTo(200);
        assertThat(ok.json().path("succeded").asBoolean()).isTrue();
        assertThat(ok.json().path("contact").path("firstName").asString()).isEqualTo("太郎");
        assertThat(ok.json().path("contact").path("tags").get(0).asString()).isEqualTo("x");
        assertThat(rejected.status()).isEqualTo(422);
        assertThat(GhlProbe.messages(rejected)).containsExactly("property companyName should not exist",
                "property locationId should not exist", "property gender should not exist");
    }

    @Test
    void getAndDeleteAnswer400ForUnknownIds() {
        String id = probe.upsert(probe.body("\"email\":\"a@example.co.jp\"")).json().path("contact").path("id").asString();

        assertThat(probe.send("GET", "/contacts/" + id, null).json().path("contact").path("email").asString())
                .isEqualTo("a@example.co.jp");
        assertThat(probe.send("DELETE", "/contacts/" + id, null).json().path("succeded").asBoolean()).isTrue();
        HttpProbe.Reply gone = probe.send("GET", "/contacts/" + id, null);
        assertThat(gone.status()).isEqualTo(400);
        assertThat(gone.json().path("message").asString()).isEqualTo("Contact with id " + id + " not found");
        assertThat(probe.send("PUT", "/contacts/" + id, "{}").status()).isEqualTo(400);
    }

    @Test
    void duplicateLookupTriesEmailThenNumber() {
        String byEmail = probe.upsert(probe.body("\"email\":\"e@example.co.jp\"")).json().path("contact").path("id").asString();
        String byPhone = probe.upsert(probe.body("\"phone\":\"+819011112222\"")).json().path("contact").path("id").asString();
        String base = "/contacts/search/duplicate?locationId=" + ghl.locationId();

        assertThat(probe.send("GET", base + "&email=E%40example.co.jp&number=%2B819011112222", null)
                .json().path("contact").path("id").asString()).isEqualTo(byEmail);
        assertThat(probe.send("GET", base + "&number=%2B819011112222", null)
                .json().path("contact").path("id").asString()).isEqualTo(byPhone);
        assertThat(probe.send("GET", base + "&email=none%40example.co.jp", null).json().get("contact").isNull()).isTrue();
        assertThat(probe.send("GET", "/contacts/search/duplicate?email=e%40example.co.jp", null).status()).isEqualTo(422);
    }

    @Test
    void searchFiltersPagesAndCounts() {
        for (int i = 0; i < 7; i++) {
            probe.upsert(probe.body("\"email\":\"s" + i + "@example.co.jp\",\"companyName\":\"" + (i < 5 ? "サンプル" : "他社")
                    + "\",\"tags\":[\"t" + (i % 2) + "\"]"));
        }

        HttpProbe.Reply page2 = probe.send("POST", "/contacts/search", probe.body(
                "\"pageLimit\":2,\"page\":2,\"filters\":[{\"field\":\"companyName\",\"operator\":\"eq\",\"value\":\"サンプル\"}]"));
        HttpProbe.Reply tagged = probe.send("POST", "/contacts/search", probe.body(
                "\"pageLimit\":100,\"filters\":[{\"field\":\"tags\",\"operator\":\"eq\",\"value\":\"t1\"}]"));
        HttpProbe.Reply query = probe.send("POST", "/contacts/search", probe.body("\"pageLimit\":100,\"query\":\"S6@\""));

        assertThat(page2.json().path("total").asInt()).isEqualTo(5);
        assertThat(emails(page2.json())).containsExactly("s2@example.co.jp", "s3@example.co.jp");
        assertThat(page2.json().path("contacts").get(0).path("searchAfter")).hasSize(2);
        assertThat(tagged.json().path("total").asInt()).isEqualTo(3);
        assertThat(emails(query.json())).containsExactly("s6@example.co.jp");
    }

    @Test
    void searchWithoutLocationOrPageLimitIs422() {
        HttpProbe.Reply missing = probe.send("POST", "/contacts/search", "{}");
        HttpProbe.Reply tooBig = probe.send("POST", "/contacts/search", probe.body("\"pageLimit\":501"));
        HttpProbe.Reply badOperator = probe.send("POST", "/contacts/search", probe.body(
                "\"pageLimit\":5,\"filters\":[{\"field\":\"email\",\"operator\":\"contains\",\"value\":\"a\"}]"));

        assertThat(missing.status()).isEqualTo(422);
        assertThat(GhlProbe.messages(missing)).containsExactly("locationId must be a string",
                "pageLimit must be a number conforming to the specified constraints");
        assertThat(GhlProbe.messages(tooBig)).containsExactly("pageLimit must not be greater than 500");
        assertThat(GhlProbe.messages(badOperator)).containsExactly("filters.0.operator must be one of the following values: eq");
    }

    @Test
    void tagEndpointsAddAndRemoveWithoutTouchingOtherTags() {
        GhlContact contact = ghl.addContactByHand(ghl.locationId(), "一郎", "鈴木", "i@example.co.jp", null, "VIP");

        HttpProbe.Reply added = probe.send("POST", "/contacts/" + contact.id() + "/tags", "{\"tags\":[\"sansan\",\"vip\"]}");
        HttpProbe.Reply removed = probe.send("DELETE", "/contacts/" + contact.id() + "/tags", "{\"tags\":[\"sansan\"]}");
        HttpProbe.Reply invalid = probe.send("POST", "/contacts/" + contact.id() + "/tags", "{\"tag\":\"x\"}");

        assertThat(added.status()).isEqualTo(201);
        assertThat(texts(added.json().path("tags"))).containsExactly("VIP", "sansan");
        assertThat(removed.status()).isEqualTo(200);
        assertThat(texts(removed.json().path("tags"))).containsExactly("VIP");
        assertThat(invalid.status()).isEqualTo(422);
    }

    @Test
    void customFieldsOfTheLocationAreListed() {
        JsonNode fields = probe.send("GET", "/locations/" + ghl.locationId() + "/customFields", null)
                .json().path("customFields");

        assertThat(fields).hasSize(5);
        JsonNode first = fields.get(0);
        assertThat(first.path("id").asString()).matches("[A-Za-z0-9]{20}");
        assertThat(first.path("name").asString()).isEqualTo("役職");
        assertThat(first.path("fieldKey").asString()).isEqualTo("contact.job_title");
        assertThat(first.path("dataType").asString()).isEqualTo("TEXT");
        assertThat(first.path("model").asString()).isEqualTo("contact");
        assertThat(first.path("locationId").asString()).isEqualTo(ghl.locationId());
        assertThat(new GhlEmulator(GhlConfig.defaults()).customFields(ghl.locationId()))
                .isEqualTo(ghl.customFields(ghl.locationId()));
    }

    @Test
    void adminListsAddsAndClearsContacts() {
        probe.upsert(probe.body("\"email\":\"a@example.co.jp\""));
        HttpProbe.Reply added = HttpProbe.post(ghl.baseUrl() + "/_admin/contacts",
                "{\"locationId\":\"sandboxLocation0001\",\"firstName\":\"手入力\",\"email\":\"a@example.co.jp\"}");

        HttpProbe.Reply list = HttpProbe.get(ghl.baseUrl() + "/_admin/contacts?locationId=" + ghl.locationId());

        assertThat(added.status()).isEqualTo(201);
        assertThat(list.json().path("contacts")).hasSize(2);
        assertThat(HttpProbe.send("DELETE", ghl.baseUrl() + "/_admin/contacts", null).status()).isEqualTo(204);
        assertThat(ghl.contacts(ghl.locationId())).isEmpty();
    }

    private static List<String> emails(JsonNode body) {
        List<String> emails = new ArrayList<>();
        body.path("contacts").forEach(c -> emails.add(c.path("email").asString()));
        return emails;
    }

    private static List<String> texts(JsonNode array) {
        List<String> texts = new ArrayList<>();
        array.forEach(t -> texts.add(t.asString()));
        return texts;
    }
}
