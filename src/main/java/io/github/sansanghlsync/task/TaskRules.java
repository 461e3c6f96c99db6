package io.github.sansanghlsync.task;

import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Map;

/** Due dates and titles of the task rules. */
final class TaskRules {

    private static final DateTimeFormatter GHL_TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ss'Z'");

    private final TaskProperties properties;

    TaskRules(TaskProperties properties) {
        this.properties = properties;
    }

    /** {@code days} business days (Monday to Friday; public holidays are not known) after {@code date}. */
    static LocalDate plusBusinessDays(LocalDate date, int days) {
        LocalDate due = date;
        int left = days;
        while (left > 0) {
            due = due.plusDays(1);
            if (due.getDayOfWeek() != DayOfWeek.SATURDAY && due.getDayOfWeek() != DayOfWeek.SUNDAY) {
                left--;
            }
        }
        return due;
    }

    /** The due date, in GHL's ISO-8601 UTC form, of a task due {@link TaskProperties#businessDays()} after {@code event}. */
    String dueAfter(LocalDate event) {
        return format(plusBusinessDays(event, properties.businessDays()).atTime(properties.dueTime()));
    }

    /** A local (Sansan zone) date-time in GHL's form. */
    String format(LocalDateTime local) {
        Instant instant = local.atZone(properties.zone()).toInstant();
        return GHL_TIME.format(instant.atOffset(ZoneOffset.UTC));
    }

    static String title(String template, Map<String, String> values) {
        String title = template;
        for (Map.Entry<String, String> value : values.entrySet()) {
            title = title.replace("{" + value.getKey() + "}", value.getValue() == null ? "" : value.getValue());
        }
        return title.replace(" ()", "").strip();
    }
}
