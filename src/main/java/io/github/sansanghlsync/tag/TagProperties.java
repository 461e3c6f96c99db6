package io.github.sansanghlsync.tag;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * How Sansan tags become GHL tags ({@code tags.*}, or {@code TAGS_*} in the environment).
 *
 * @param enabled         copy the cards' tags at all
 * @param prefix          put before every Sansan tag name, e.g. {@code sansan/}; empty by default
 * @param bulkMinContacts a tag that at least this many contacts of a chunk get goes out in one bulk request
 */
@ConfigurationProperties("tags")
public record TagProperties(Boolean enabled, String prefix, Integer bulkMinContacts) {

    public TagProperties {
        enabled = enabled == null || enabled;
        prefix = prefix == null ? "" : prefix;
        bulkMinContacts = bulkMinContacts == null ? 2 : Math.max(1, bulkMinContacts);
    }
}
