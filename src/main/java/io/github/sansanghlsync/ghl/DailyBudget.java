package io.github.sansanghlsync.ghl;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZonedDateTime;

/**
 * GHL's daily request budget of one location as this program spends it: everything GHL reports in
 * {@code X-RateLimit-Daily-Remaining} except a reserve left to people using GHL the same day.
 *
 * @param reserve requests per day this program never uses
 * @param zone    the time zone whose midnight the budget resets at
 */
public record DailyBudget(long reserve, ZoneId zone) {

    /** True when GHL last reported fewer requests left today than the reserve. */
    public boolean exhausted(QuotaScheduler quota) {
        Long remaining = quota.dailyRemaining();
        return remaining != null && remaining < reserve;
    }

    /** The next midnight in {@link #zone()}, when GHL gives the location a new day's budget. */
    public ZonedDateTime resetsAt(Clock clock) {
        return LocalDate.now(clock.withZone(zone)).plusDays(1).atStartOfDay(zone);
    }

    /** What a user reads when a run stops for the budget. */
    public String stopMessage(QuotaScheduler quota, Clock clock) {
        return "GHL's daily request budget for this location is down to its reserve (" + quota.dailyRemaining()
                + " requests left today, ghl.daily-reserve = " + reserve + "); it resets at " + resetsAt(clock)
                + ". Re-run the same command after that to continue where this run stopped.";
    }
}
