package io.github.sansanghlsync.note;

import io.github.sansanghlsync.sansan.ActivityReport;

import java.util.List;
import java.util.stream.Collectors;

/** The readable text of a report's note: what, when, where, who, then the memo. */
final class ReportNoteLayout {

    private ReportNoteLayout() {
    }

    static String text(ActivityReport report) {
        StringBuilder text = new StringBuilder();
        text.append(report.type() == null ? "Activity" : report.type());
        if (report.title() != null && !report.title().isBlank()) {
            text.append(" — ").append(report.title().strip());
        }
        text.append('\n').append("When: ").append(when(report)).append('\n');
        if (report.location() != null && !report.location().isBlank()) {
            text.append("Where: ").append(report.location().strip()).append('\n');
        }
        String external = report.externalAttendeesOrEmpty().stream()
                .map(a -> a.displayName() + (a.companyName() == null ? "" : " (" + a.companyName() + ")"))
                .collect(Collectors.joining(", "));
        if (!external.isEmpty()) {
            text.append("With: ").append(external).append('\n');
        }
        List<ActivityReport.InternalAttendee> internal = report.internalAttendeesOrEmpty();
        if (!internal.isEmpty()) {
            text.append("Our side: ").append(internal.stream()
                    .map(a -> a.name() + (a.departmentName() == null ? "" : " (" + a.departmentName() + ")"))
                    .collect(Collectors.joining(", "))).append('\n');
        }
        if (report.memo() != null && !report.memo().isBlank()) {
            text.append('\n').append(report.memo().strip()).append('\n');
        }
        return text.toString().strip();
    }

    private static String when(ActivityReport report) {
        String start = join(report.startDate(), report.startTime());
        String endTime = report.endTime() == null ? "" : report.endTime();
        if (report.endDate() != null && !report.endDate().equals(report.startDate())) {
            return start + " – " + join(report.endDate(), report.endTime());
        }
        return endTime.isBlank() || endTime.equals(report.startTime()) ? start : start + "–" + endTime;
    }

    private static String join(String date, String time) {
        return (date == null ? "?" : date) + (time == null || time.isBlank() ? "" : " " + time);
    }
}
