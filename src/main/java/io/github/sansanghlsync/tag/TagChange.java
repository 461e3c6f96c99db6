package io.github.sansanghlsync.tag;

import io.github.sansanghlsync.link.ChildLink;

import java.util.List;

/**
 * What one card changes in its person's contact's tags.
 *
 * @param add          tags the contact does not have from this program yet
 * @param remove       tags this program added that no card of the person carries any more
 * @param rowsToSave   link rows of the card's tags (one per card and tag)
 * @param rowsToDelete link rows of tags the card no longer carries
 */
record TagChange(String cardId, String personId, String contactId, List<String> add, List<String> remove,
                 List<ChildLink> rowsToSave, List<ChildLink> rowsToDelete) {
}
