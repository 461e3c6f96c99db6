package io.github.sansanghlsync.reconcile;

import org.springframework.boot.context.properties.ConfigurationProperties;

import java.time.Duration;

/**
 * How {@code reconcile} treats persons that vanished from Sansan ({@code reconcile.*}, or
 * {@code RECONCILE_*} in the environment).
 *
 * @param vanished         {@code tag} (default), {@code delete} or {@code leave}
 * @param tag              the tag added by {@code tag} (default {@code sansan-vanished})
 * @param maxVanishedShare a sweep that finds more than this share of the linked persons vanished (and more
 *                         than ten) stops without touching GHL: more likely a wrong API key scope or filter
 *                         than a mass deletion (default 0.2)
 * @param window           width of one window of the id sweep (default: {@code sync.window}); a wider one
 *                         means fewer requests, if Sansan accepts it
 */
@ConfigurationProperties("reconcile")
public record ReconcileProperties(VanishedTreatment vanished, String tag, Double maxVanishedShare, Duration window) {

    public ReconcileProperties {
        vanished = vanished == null ? VanishedTreatment.TAG : vanished;
        tag = tag == null || tag.isBlank() ? "sansan-vanished" : tag.strip();
        maxVanishedShare = maxVanishedShare == null ? 0.2 : maxVanishedShare;
    }
}
