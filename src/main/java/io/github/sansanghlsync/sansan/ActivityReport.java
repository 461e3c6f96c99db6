package io.github.sansanghlsync.sansan;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Locale;

/**
 * One Sansan activity report ("コンタクト", {@code GET /reports}): a meeting, call or e-mail with
 * external attendees (Sansan persons) and internal attendees (colleagues). Dates stay raw strings, as
 * on cards, so one bad value cannot fail a page.
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public record ActivityReport(
        String id,
        String registeredTime,
        String updatedTime,
        String type,
        String startDate,
        String startTime,
        String endDate,
        String endTime,
        BizCard.Owner owner,
        String title,
        String location,
        String memo,
        List<ExternalAttendee> externalAttendees,
        List<InternalAttendee> internalAttendees) {

    /** A person met: the card and the person it refers to. */
    @JsonIgnoreProperties(ignoreUnknown = true)
    public record ExternalAttendee(String id, String personId, String companyName, String lastName, String firstName) {

        public String displayName() {
            String name = ((lastName == null ? "" : lastName) + " " + (firstName == null ? "" : firstName)).trim();
            return name.isEmpty() ? "?" : name;
        }
    }

    /** A colleague who attended. */
    @JsonIgnoreProperties(ignoreUnknown = true)
    public record InternalAttendee(String id, String name, String departmentName) {
    }

    public List<ExternalAttendee> externalAttendeesOrEmpty() {
        return externalAttendees == null ? List.of() : externalAttendees;
    }

    public List<InternalAttendee> internalAttendeesOrEmpty() {
        return internalAttendees == null ? List.of() : internalAttendees;
    }

    /** Meeting, call or e-mail: the family of {@link #type()}, or {@code other}. */
    public String category() {
        String t = type == null ? "" : type.toLowerCase(Locale.ROOT);
        if (t.contains("call")) {
            return "call";
        }
        if (t.contains("email")) {
            return "email";
        }
        if (t.contains("meeting") || t.contains("visit")) {
            return "meeting";
        }
        return "other";
    }

    /** Start as a local (JST) date-time; start of day without a time; null when the date is unreadable. */
    public LocalDateTime start() {
        try {
            LocalDate date = LocalDate.parse(startDate.trim());
            LocalTime time = startTime == null || startTime.isBlank() ? LocalTime.MIDNIGHT : LocalTime.parse(startTime.trim());
            return date.atTime(time);
        } catch (DateTimeParseException | NullPointerException e) {
            return null;
        }
    }
}
