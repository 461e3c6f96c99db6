package io.github.sansanghlsync.task;

import org.springframework.boot.context.properties.ConfigurationProperties;

import java.time.Duration;
import java.time.LocalTime;
import java.time.ZoneId;

/**
 * The rules that derive GHL tasks from Sansan events ({@code tasks.*}, or {@code TASKS_*} in the
 * environment). Titles may use {@code {name}}, {@code {company}}, {@code {type}} and {@code {title}}.
 *
 * @param followUp           a newly exchanged card gets a follow-up task
 * @param followUpTitle      its title
 * @param followUpMaxAge     only cards exchanged at most this long before the run's end count as new
 * @param businessDays       follow-up and congratulation tasks are due this many business days (Mon-Fri) after their event
 * @param congratulate       a person whose title or company changed since the last sync gets a congratulation task
 * @param congratulateTitle  its title
 * @param upcoming           a report dated after the run's end (a scheduled meeting or call) becomes a task at that time
 * @param upcomingTitle      its title
 * @param completeOnActivity a meeting, call or e-mail with the person after the card exchange completes the follow-up
 * @param dueTime            time of day of date-only due dates
 * @param zone               time zone of Sansan's dates and of {@code dueTime}
 */
@ConfigurationProperties("tasks")
public record TaskProperties(Boolean followUp, String followUpTitle, Duration followUpMaxAge, Integer businessDays,
                             Boolean congratulate, String congratulateTitle, Boolean upcoming, String upcomingTitle,
                             Boolean completeOnActivity, LocalTime dueTime, ZoneId zone) {

    public TaskProperties {
        followUp = followUp == null || followUp;
        followUpTitle = followUpTitle == null ? "Follow up with {name} ({company})" : followUpTitle;
        followUpMaxAge = followUpMaxAge == null ? Duration.ofDays(30) : followUpMaxAge;
        businessDays = businessDays == null ? 3 : Math.max(0, businessDays);
        congratulate = congratulate == null || congratulate;
        congratulateTitle = congratulateTitle == null ? "Congratulate {name} on the new role" : congratulateTitle;
        upcoming = upcoming == null || upcoming;
        upcomingTitle = upcomingTitle == null ? "{type}: {title}" : upcomingTitle;
        completeOnActivity = completeOnActivity == null || completeOnActivity;
        dueTime = dueTime == null ? LocalTime.of(9, 0) : dueTime;
        zone = zone == null ? ZoneId.of("Asia/Tokyo") : zone;
    }
}
