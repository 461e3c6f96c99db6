package io.github.sansanghlsync.sandbox.ghl;

import io.github.sansanghlsync.sandbox.HttpProbe;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;

import static org.assertj.core.api.Assertions.assertThat;

class GhlEmulatorUpsertTest {

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
    void createsThenUpdatesByEmailIgnoringCase() {
        HttpProbe.Reply created = probe.upsert(probe.body(
                "\"email\":\"H.Sato@Sample-Shoji.co.jp\",\"firstName\":\"花子\",\"lastName\":\"佐藤\",\"companyName\":\"株式会社サンプル商事\""));
        HttpProbe.Reply updated = probe.upsert(probe.body("\"email\":\"h.sato@sample-shoji.co.jp\",\"city\":\"渋谷区\""));

        assertThat(created.status()).isEqualTo(200);
        assertThat(created.json().path("new").asBoolean()).isTrue();
        assertThat(updated.json().path("new").asBoolean()).isFalse();
        JsonNode contact = updated.json().path("contact");
        assertThat(contact.path("id").asString()).isEqualTo(created.json().path("contact").path("id").asString())
                .matches("[A-Za-z0-9]{20}");
        assertThat(contact.path("firstName").asString()).isEqualTo("花子");
        assertThat(contact.path("city").asString()).isEqualTo("渋谷区");
        assertThat(contact.path("emailLowerCase").asString()).isEqualTo("h.sato@sample-shoji.co.jp");
        assertThat(contact.path("fullNameLowerCase").asString()).isEqualTo("花子 佐藤");
        assertThat(contact.path("type").asString()).isEqualTo("lead");
        assertThat(contact.path("locationId").asString()).isEqualTo(ghl.locationId());
        assertThat(updated.json().path("traceId").asString()).isNotEmpty();
        assertThat(ghl.contacts(ghl.locationId())).hasSize(1);
    }

    @Test
    void matchesByPhoneWhenTheEmailIsUnknown() {
        String id = probe.upsert(probe.body("\"phone\":\"+819012345678\",\"firstName\":\"健太\""))
                .json().path("contact").path("id").asString();

        HttpProbe.Reply reply = probe.upsert(probe.body("\"phone\":\"+819012345678\",\"email\":\"k.ito@example.co.jp\""));

        assertThat(reply.json().path("new").asBoolean()).isFalse();
        assertThat(reply.json().path("contact").path("id").asString()).isEqualTo(id);
        assertThat(reply.json().path("contact").path("email").asString()).isEqualTo("k.ito@example.co.jp");
    }

    @Test
    void emailWinsAndAPhoneOfAnotherContactIsNotWritten() {
        String a = probe.upsert(probe.body("\"email\":\"a@example.co.jp\",\"phone\":\"+81311112222\""))
                .json().path("contact").path("id").asString();
        String b = probe.upsert(probe.body("\"email\":\"b@example.co.jp\",\"phone\":\"+81333334444\""))
                .json().path("contact").path("id").asString();

        HttpProbe.Reply reply = probe.upsert(probe.body("\"email\":\"a@example.co.jp\",\"phone\":\"+81333334444\""));

        assertThat(reply.json().path("contact").path("id").asString()).isEqualTo(a);
        assertThat(ghl.contact(a).orElseThrow().phone()).isEqualTo("+81311112222");
        assertThat(ghl.contact(b).orElseThrow().phone()).isEqualTo("+81333334444");
    }

    @Test
    void tagsInTheBodyReplaceTheContactsTags() {
        GhlContact mine = ghl.addContactByHand(ghl.locationId(), "一郎", "鈴木", "i.suzuki@example.co.jp", null, "VIP");

        probe.upsert(probe.body("\"email\":\"i.suzuki@example.co.jp\",\"tags\":[\"sansan\"]"));

        assertThat(ghl.contact(mine.id()).orElseThrow().tags()).containsExactly("sansan");
    }

    @Test
    void customFieldsByIdOrKeyMergeIntoTheContact() {
        String titleId = ghl.customFieldId(ghl.locationId(), "contact.job_title");
        String kanaId = ghl.customFieldId(ghl.locationId(), "contact.name_kana");

        probe.upsert(probe.body("\"email\":\"m@example.co.jp\",\"customFields\":[{\"id\":\"" + titleId
                + "\",\"field_value\":\"部長\"}]"));
        HttpProbe.Reply reply = probe.upsert(probe.body("\"email\":\"m@example.co.jp\",\"customFields\":"
                + "[{\"key\":\"name_kana\",\"field_value\":\"サトウ ハナコ\"}]"));

        JsonNode fields = reply.json().path("contact").path("customFields");
        assertThat(fields).hasSize(2);
        assertThat(fields.get(0).path("id").asString()).isEqualTo(titleId);
        assertThat(fields.get(0).path("value").asString()).isEqualTo("部長");
        assertThat(fields.get(1).path("id").asString()).isEqualTo(kanaId);
        assertThat(fields.get(1).path("value").asString()).isEqualTo("サトウ ハナコ");
    }

    @Test
    void unknownPropertiesAre422OneMessageEach() {
        HttpProbe.Reply reply = probe.upsert(probe.body(
                "\"email\":\"a@example.co.jp\",\"additionalEmails\":[],\"title\":\"部長\""));

        assertThat(reply.status()).isEqualTo(422);
        assertThat(reply.json().path("statusCode").asInt()).isEqualTo(422);
        assertThat(reply.json().path("error").asString()).isEqualTo("Unprocessable Entity");
        assertThat(GhlProbe.messages(reply)).containsExactly(
                "property additionalEmails should not exist", "property title should not exist");
        assertThat(ghl.contacts(ghl.locationId())).isEmpty();
    }

    @Test
    void everyUpsertDtoPropertyIsAccepted() {
        HttpProbe.Reply reply = probe.upsert("""
                {"firstName":"花子","lastName":"佐藤","name":"佐藤 花子","email":"h@example.co.jp",
                 "locationId":"sandboxLocation0001","gender":"female","phone":"+81312345678","address1":"渋谷2-15-1",
                 "city":"渋谷区","state":"東京都","postalCode":"150-0002","website":"https://example.co.jp",
                 "timezone":"Asia/Tokyo","dnd":false,"dndSettings":{},"inboundDndSettings":{},"tags":["a"],
                 "customFields":[],"source":"sansan","dateOfBirth":"1990-01-01","country":"JP",
                 "companyName":"株式会社サンプル商事","assignedTo":"user0000000000000001",
                 "createNewIfDuplicateAllowed":false}""");

        assertThat(reply.status()).isEqualTo(200);
        assertThat(reply.json().path("contact").path("state").asString()).isEqualTo("東京都");
    }

    @Test
    void validationMessagesFollowClassValidator() {
        assertThat(GhlProbe.messages(probe.upsert("{\"email\":\"a@example.co.jp\"}")))
                .containsExactly("locationId must be a string");
        assertThat(GhlProbe.messages(probe.upsert(probe.body("\"email\":\"sato@@example.co.jp\""))))
                .containsExactly("email must be an email");
        assertThat(GhlProbe.messages(probe.upsert(probe.body("\"email\":\"sato＠example.co.jp\""))))
                .containsExactly("email must be an email");
        assertThat(GhlProbe.messages(probe.upsert(probe.body("\"phone\":\"03-1234-5678\""))))
                .containsExactly("phone must be a valid phone number");
        assertThat(GhlProbe.messages(probe.upsert(probe.body("\"firstName\":\"花子\""))))
                .containsExactly("email or phone is required");
        assertThat(GhlProbe.messages(probe.upsert(probe.body(
                "\"email\":\"a@example.co.jp\",\"customFields\":[{\"id\":\"nope\",\"field_value\":\"x\"}]"))))
                .containsExactly("customFields: unknown custom field nope");
        assertThat(probe.upsert(probe.body("\"email\":\"a@example.co.jp\",\"phone\":\"+819012345678\"")).status())
                .isEqualTo(200);
    }

    @Test
    void malformedJsonIs400() {
        HttpProbe.Reply reply = probe.upsert("{\"locationId\":");

        assertThat(reply.status()).isEqualTo(400);
        assertThat(reply.json().path("statusCode").asInt()).isEqualTo(400);
    }

    @Test
    void racingUpsertsOfOneEmailCreateOneContact() {
        List<CompletableFuture<HttpProbe.Reply>> replies = new ArrayList<>();
        for (int i = 0; i < 32; i++) {
            replies.add(HttpProbe.sendAsync("POST", ghl.baseUrl() + "/contacts/upsert",
                    probe.body("\"email\":\"race@example.co.jp\",\"city\":\"c" + i + "\""),
                    "Authorization", "Bearer " + ghl.token(), "Version", "2021-07-28"));
        }

        long created = replies.stream().map(CompletableFuture::join)
                .peek(reply -> assertThat(reply.status()).isEqualTo(200))
                .filter(reply -> reply.json().path("new").asBoolean()).count();

        assertThat(created).isEqualTo(1);
        assertThat(ghl.contacts(ghl.locationId())).hasSize(1);
    }

    @Test
    void contactIdsFollowTheSeed() {
        List<String> first = idsOfThreeUpserts();
        stop();
        start();

        assertThat(idsOfThreeUpserts()).isEqualTo(first);
    }

    private List<String> idsOfThreeUpserts() {
        List<String> ids = new ArrayList<>();
        for (int i = 0; i < 3; i++) {
            ids.add(probe.upsert(probe.body("\"email\":\"p" + i + "@example.co.jp\""))
                    .json().path("contact").path("id").asString());
        }
        return ids;
    }
}
