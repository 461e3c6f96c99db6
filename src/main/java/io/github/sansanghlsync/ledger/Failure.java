package io.github.sansanghlsync.ledger;

/**
 * A rejected record (or, for a warning code, a delivered one with a caveat), as the ledger records it.
 *
 * @param entity        contact, note, task or tag
 * @param recordId      the Sansan id of the rejected record (for contacts: the card id)
 * @param parentId      the record's parent (for contacts: the person id)
 * @param recordVersion comparable version of the record (for contacts: the card's rank)
 * @param field         the offending field, if one
 * @param httpStatus    GHL's status, when GHL rejected it
 * @param traceId       GHL's traceId, when GHL rejected it
 * @param summary       a short, human description of the record (name / company / e-mail)
 */
public record Failure(String entity, String recordId, String parentId, String recordVersion, ErrorCode code, String field,
                      String message, Integer httpStatus, String traceId, String summary) {

    public Failure {
        message = truncate(message, 2000);
        summary = truncate(summary, 1000);
    }

    private static String truncate(String text, int max) {
        return text == null || text.length() <= max ? text : text.substring(0, max - 1) + "…";
    }
}
