package io.github.sansanghlsync.sansan;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.List;

/**
 * One Sansan business card as the Open API returns it (GET /bizCards).
 *
 * <p>Dates stay raw strings: a malformed date on one card must reject that card, not the page.
 * {@code malformed} is set by the client when the card's JSON could not be read at all.
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public record BizCard(
        String id,
        String personId,
        String companyId,
        String exchangeDate,
        String registeredTime,
        String updatedTime,
        Owner owner,
        String lastName,
        String firstName,
        String lastNameReading,
        String firstNameReading,
        String companyName,
        String departmentName,
        String title,
        String email,
        String tel,
        String secondTel,
        String mobile,
        String fax,
        String url,
        String postalCode,
        String prefecture,
        String city,
        String street,
        String building,
        String countryCode,
        String memo,
        String entryStatus,
        List<Tag> tags,
        String malformed) {

    /** The card's owner: the Sansan user who exchanged it. */
    @JsonIgnoreProperties(ignoreUnknown = true)
    public record Owner(String id, String name, String email) {}

    /** A tag on the card (only present with includeTags=true). */
    @JsonIgnoreProperties(ignoreUnknown = true)
    public record Tag(String id, String name, String type) {}

    /** A card whose JSON could not be read; it carries whatever ids could be recovered. */
    public static BizCard malformed(String id, String personId, String reason) {
        return new BizCard(id, personId, null, null, null, null, null, null, null, null, null, null, null,
                null, null, null, null, null, null, null, null, null, null, null, null, null, null, null,
                List.of(), reason);
    }

    public List<Tag> tagsOrEmpty() {
        return tags == null ? List.of() : tags;
    }

    /** Parsed exchange date, or null when absent or unparseable. */
    public LocalDate exchangeDateValue() {
        return parse(exchangeDate, LocalDate::parse);
    }

    /** Parsed registration time, or null when absent or unparseable. */
    public OffsetDateTime registeredTimeValue() {
        return parse(registeredTime, OffsetDateTime::parse);
    }

    /** Parsed update time, or null when absent or unparseable. */
    public OffsetDateTime updatedTimeValue() {
        return parse(updatedTime, OffsetDateTime::parse);
    }

    private static <T> T parse(String text, java.util.function.Function<String, T> parser) {
        if (text == null || text.isBlank()) {
            return null;
        }
        try {
            return parser.apply(text.trim());
        } catch (DateTimeParseException e) {
            return null;
        }
    }
}
