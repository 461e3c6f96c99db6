package io.github.sansanghlsync.activity;

import io.github.sansanghlsync.sansan.BizCard;
import org.springframework.boot.context.properties.ConfigurationProperties;

import java.util.Map;

/**
 * Which GHL user stands for which Sansan user ({@code owners.users.<sansan user id, e-mail or name>=<GHL user id>}):
 * notes are written as, and tasks assigned to, the GHL user of the card's or report's owner; unmapped
 * owners leave notes without a user and tasks unassigned.
 */
@ConfigurationProperties("owners")
public record OwnerUsers(Map<String, String> users) {

    public OwnerUsers {
        users = users == null ? Map.of() : Map.copyOf(users);
    }

    /** The GHL user id of a Sansan owner (looked up by id, then e-mail, then name), or null. */
    public String userOf(BizCard.Owner owner) {
        if (owner == null) {
            return null;
        }
        for (String key : new String[] {owner.id(), owner.email(), owner.name()}) {
            if (key != null && users.containsKey(key)) {
                return users.get(key);
            }
        }
        return null;
    }
}
