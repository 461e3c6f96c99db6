package io.github.sansanghlsync.activity;

import io.github.sansanghlsync.ghl.GhlApiException;
import io.github.sansanghlsync.job.StepCounters;
import io.github.sansanghlsync.job.StepRun;
import io.github.sansanghlsync.ledger.ErrorCode;
import io.github.sansanghlsync.ledger.Failure;
import io.github.sansanghlsync.ledger.FailureLedger;

/** Records a note, task or tag that could not be written in the failure ledger (in the chunk's transaction). */
public final class ChildFailures {

    private final FailureLedger ledger;
    private final StepCounters counters;
    private final StepRun run;
    private final String entity;

    public ChildFailures(FailureLedger ledger, StepCounters counters, StepRun run, String entity) {
        this.ledger = ledger;
        this.counters = counters;
        this.run = run;
        this.entity = entity;
    }

    /** The person has no GHL contact: the child waits until a run finds one. */
    public void contactMissing(String sourceId, String personId, String summary) {
        record(sourceId, personId, ErrorCode.CHILD_CONTACT_MISSING, "Sansan person " + personId
                + " has no GHL contact (its cards were rejected); written once the contact exists", null, null, summary);
    }

    /** GHL rejected the child (a 4xx for this record). */
    public void rejected(String sourceId, String personId, GhlApiException error, String summary) {
        ErrorCode code = switch (error.status()) {
            case 400 -> ErrorCode.GHL_400_BAD_REQUEST;
            case 422 -> error.messages().stream().anyMatch(m -> m.contains("should not exist"))
                    ? ErrorCode.GHL_422_UNKNOWN_PROPERTY : ErrorCode.GHL_422_INVALID;
            default -> ErrorCode.GHL_4XX;
        };
        record(sourceId, personId, code, String.join("; ", error.messages()), error.status(), error.traceId(), summary);
    }

    /** The child was written: its open rows close. */
    public void delivered(String sourceId) {
        ledger.closeDelivered(run.definition(), entity, sourceId, run.jobExecutionId());
    }

    private void record(String sourceId, String personId, ErrorCode code, String message, Integer status, String traceId,
                        String summary) {
        counters.increment("rejected." + code.name());
        ledger.record(run.definition(), new Failure(entity, sourceId, personId, null, code, null, message, status, traceId,
                summary), run.stepName(), run.jobExecutionId());
    }
}
