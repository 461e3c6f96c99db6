package io.github.sansanghlsync.sandbox.sansan;

import java.time.LocalDate;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.util.List;

/**
 * One activity report ("コンタクト": a meeting, call or e-mail) as {@code GET /reports} serves it
 * (reference/sansan-api.md §4); start and end are local dates and times in JST.
 */
public record SansanReport(String id, OffsetDateTime registeredTime, OffsetDateTime updatedTime, String type,
                           LocalDate startDate, LocalTime startTime, LocalDate endDate, LocalTime endTime,
                           SansanOwner owner, String ownerEmail, String title, String location, String memo,
                           List<ExternalAttendee> externalAttendees, List<InternalAttendee> internalAttendees) {

    /** A person met: the card ({@code id}) and person it refers to. */
    public record ExternalAttendee(String id, String personId, String companyName, String lastName, String firstName) {
    }

    /** A colleague who attended. */
    public record InternalAttendee(String id, String name, String departmentName) {
    }

    public SansanReport {
        externalAttendees = List.copyOf(externalAttendees);
        internalAttendees = List.copyOf(internalAttendees);
    }

    /** The same report with other fields, updated at {@code time} (tests edit reports over time). */
    public SansanReport withMemo(String newMemo, OffsetDateTime time) {
        return new SansanReport(id, registeredTime, time, type, startDate, startTime, endDate, endTime, owner, ownerEmail,
                title, location, newMemo, externalAttendees, internalAttendees);
    }
}
