package io.github.sansanghlsync.sync;

import org.springframework.boot.context.properties.ConfigurationProperties;

import java.time.Duration;

/**
 * How {@code sync} cuts its window ({@code sync.incremental.*}, or {@code SYNC_INCREMENTAL_*} in the environment).
 *
 * @param overlap    read this much before the watermark again: a card whose {@code updatedTime} was stamped
 *                   before a run's upper bound but became visible after it is still read (it costs only reads:
 *                   unchanged cards send nothing)
 * @param safetyLag  the upper bound is now minus this, so cards being saved in Sansan right now are left
 *                   for the next run rather than half-seen
 */
@ConfigurationProperties("sync.incremental")
public record IncrementalProperties(Duration overlap, Duration safetyLag) {

    public IncrementalProperties {
        overlap = overlap == null ? Duration.ofMinutes(10) : overlap;
        safetyLag = safetyLag == null ? Duration.ofMinutes(2) : safetyLag;
    }
}
