package io.github.sansanghlsync.schedule;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.scheduling.support.CronExpression;

import java.time.ZoneId;

/**
 * When {@code serve} runs what ({@code schedule.*}, or {@code SCHEDULE_*} in the environment). Cron
 * expressions are Spring's six fields (second minute hour day month weekday).
 *
 * @param cron          when to run {@code sync} (default {@code 0 0 2 * * *}: nightly at 02:00;
 *                      every 15 minutes is {@code 0 0/15 * * * *})
 * @param zone          the time zone of both expressions (default {@code Asia/Tokyo})
 * @param reconcileCron when to run {@code reconcile}, or {@code -} for never (default; e.g. {@code 0 0 4 * * SUN})
 */
@ConfigurationProperties("schedule")
public record ScheduleProperties(String cron, ZoneId zone, String reconcileCron) {

    /** The value that turns a schedule off, as in Spring's {@code @Scheduled}. */
    public static final String DISABLED = "-";

    public ScheduleProperties {
        cron = cron == null || cron.isBlank() ? "0 0 2 * * *" : cron.strip();
        zone = zone == null ? ZoneId.of("Asia/Tokyo") : zone;
        reconcileCron = reconcileCron == null || reconcileCron.isBlank() ? DISABLED : reconcileCron.strip();
        if (!DISABLED.equals(cron) && !CronExpression.isValidExpression(cron)) {
            throw new IllegalArgumentException("schedule.cron is not a cron expression (6 fields: second minute hour "
                    + "day month weekday): " + cron);
        }
        if (!DISABLED.equals(reconcileCron) && !CronExpression.isValidExpression(reconcileCron)) {
            throw new IllegalArgumentException("schedule.reconcile-cron is not a cron expression: " + reconcileCron);
        }
    }
}
