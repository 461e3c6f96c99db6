package io.github.sansanghlsync.ledger;

import java.time.OffsetDateTime;

/** A row of the failure ledger as the CSV report and the summary read it. */
public record LedgerRow(long id, String status, String errorCode, String entity, String recordId, String parentId,
                        String field, String message, Integer httpStatus, String traceId, String summary,
                        int occurrences, OffsetDateTime firstSeenAt, OffsetDateTime lastSeenAt, String stepName,
                        Long jobExecutionId) {
}
