package io.github.sansanghlsync.sandbox.sansan;

import io.github.sansanghlsync.sandbox.SandboxJson;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;

/** Cards to and from the Sansan wire format: field order of the API, nulls kept, times in +09:00. */
final class SansanCardJson {

    private static final ZoneOffset JST = ZoneOffset.ofHours(9);
    static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ssXXX");

    private SansanCardJson() {
    }

    /** The card as the API shows it; {@code tags} only when asked for. */
    static ObjectNode write(SansanCard card, boolean includeTags) {
        ObjectNode json = SandboxJson.object();
        json.put("id", card.id());
        json.put("personId", card.personId());
        json.put("companyId", card.companyId());
        json.put("exchangeDate", card.exchangeDate() == null ? null : card.exchangeDate().toString());
        json.put("registeredTime", time(card.registeredTime()));
        json.put("updatedTime", time(card.updatedTime()));
        if (card.owner() == null) {
            json.putNull("owner");
        } else {
            json.putObject("owner").put("id", card.owner().id()).put("name", card.owner().name());
        }
        json.put("lastName", card.lastName());
        json.put("firstName", card.firstName());
        json.put("lastNameReading", card.lastNameReading());
        json.put("firstNameReading", card.firstNameReading());
        json.put("companyName", card.companyName());
        json.put("departmentName", card.departmentName());
        json.put("title", card.title());
        json.put("email", card.email());
        json.put("tel", card.tel());
        json.put("secondTel", card.secondTel());
        json.put("mobile", card.mobile());
        json.put("fax", card.fax());
        json.put("url", card.url());
        json.put("postalCode", card.postalCode());
        json.put("prefecture", card.prefecture());
        json.put("city", card.city());
        json.put("street", card.street());
        json.put("building", card.building());
        json.put("countryCode", card.countryCode());
        json.put("memo", card.memo());
        json.put("entryStatus", card.entryStatus());
        if (includeTags) {
            ArrayNode tags = json.putArray("tags");
            card.tags().forEach(tag -> tags.add(tag(tag)));
        }
        return json;
    }

    static ObjectNode tag(SansanTag tag) {
        ObjectNode json = SandboxJson.object();
        json.put("id", tag.id());
        json.put("name", tag.name());
        json.put("type", tag.type());
        return json;
    }

    /** Reads a card in the wire format (as {@code POST /_admin/cards} receives it). */
    static SansanCard read(JsonNode json) {
        if (!json.isObject()) {
            throw new IllegalArgumentException("a card must be a JSON object");
        }
        JsonNode owner = json.path("owner");
        List<SansanTag> tags = new ArrayList<>();
        json.path("tags").forEach(tag -> tags.add(new SansanTag(text(tag, "id"), text(tag, "name"), text(tag, "type"))));
        try {
            return new SansanCard.Builder()
                    .id(text(json, "id")).personId(text(json, "personId")).companyId(text(json, "companyId"))
                    .exchangeDate(text(json, "exchangeDate") == null ? null : LocalDate.parse(text(json, "exchangeDate")))
                    .registeredTime(parseTime(text(json, "registeredTime")))
                    .updatedTime(parseTime(text(json, "updatedTime")))
                    .owner(owner.isObject() ? new SansanOwner(text(owner, "id"), text(owner, "name")) : null)
                    .lastName(text(json, "lastName")).firstName(text(json, "firstName"))
                    .lastNameReading(text(json, "lastNameReading")).firstNameReading(text(json, "firstNameReading"))
                    .companyName(text(json, "companyName")).departmentName(text(json, "departmentName"))
                    .title(text(json, "title")).email(text(json, "email")).tel(text(json, "tel"))
                    .secondTel(text(json, "secondTel")).mobile(text(json, "mobile")).fax(text(json, "fax"))
                    .url(text(json, "url")).postalCode(text(json, "postalCode")).prefecture(text(json, "prefecture"))
                    .city(text(json, "city")).street(text(json, "street")).building(text(json, "building"))
                    .countryCode(text(json, "countryCode")).memo(text(json, "memo"))
                    .entryStatus(json.has("entryStatus") ? text(json, "entryStatus") : "completed")
                    .tags(tags)
                    .build();
        } catch (DateTimeParseException e) {
            throw new IllegalArgumentException("bad date in card: " + e.getParsedString(), e);
        }
    }

    static String time(OffsetDateTime time) {
        return time == null ? null : TIME.format(time.withOffsetSameInstant(JST));
    }

    private static OffsetDateTime parseTime(String text) {
        return text == null ? null : OffsetDateTime.parse(text);
    }

    private static String text(JsonNode node, String field) {
        JsonNode value = node.path(field);
        return value.isNull() || value.isMissingNode() ? null : value.asString();
    }
}
