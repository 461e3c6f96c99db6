package io.github.sansanghlsync.reconcile;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * How {@code reconcile} treats persons that vanished from Sansan ({@code reconcile.*}, or
 * {@code RECONCILE_*} in the environment).
 *
 * @param vanished         {@code tag} (default), {@code delete} or {@code leave}
 * @param tag              the tag added by {@code tag} (default {@code sansan-vanished})
 * @param maxVanishedShare a sweep that finds more than this share of the linked persons vanished (and more
 *                         than ten) stops without touching GHL: more likely a wrong API key scope or filter
 *                         than a mass deletion (default 0.2)
 */
@ConfigurationProperties("reconcile")
public record ReconcileProperties(VanishedTreatment vanished, String tag, Double maxVanishedShare) {

    public ReconcileProperties {
        vanished = vanished == null ? VanishedTreatment.TAG : vanished;
        tag = tag == null || tag.isBlank() ? "sansan-vanished" : tag.strip();
        maxVanishedShare = maxVanishedShare == null ? 0.2 : maxVanishedShare;
    }
}
