package io.github.sansanghlsync.link;

/**
 * One row of the link table: the GHL record a Sansan record became and what was last sent.
 *
 * @param sourceId       the Sansan id (for contacts: the person id)
 * @param ghlId          the GHL id
 * @param contentHash    hash of the payload last sent; equal content costs no request
 * @param sourceVersion  comparable version of the source (for contacts: the rank of the card that supplied the fields)
 * @param sourceRecordId the Sansan record that supplied the content (for contacts: the card id)
 * @param identityEmail  the e-mail GHL matches this contact on (lower case), if sent
 * @param identityPhone  the E.164 phone GHL matches this contact on, if sent
 */
public record Link(String sourceId, String ghlId, String contentHash, String sourceVersion, String sourceRecordId,
                   String identityEmail, String identityPhone) {
}
