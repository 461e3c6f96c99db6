package io.github.sansanghlsync.retry;

import io.github.sansanghlsync.contact.ContactProcessor;
import io.github.sansanghlsync.job.StepCounters;
import io.github.sansanghlsync.ledger.FailureLedger;
import io.github.sansanghlsync.ledger.LedgerRow;
import io.github.sansanghlsync.sansan.BizCard;
import io.github.sansanghlsync.sansan.SansanClient;
import org.springframework.batch.infrastructure.item.ExecutionContext;
import org.springframework.batch.infrastructure.item.ItemStreamReader;

import java.util.ArrayDeque;
import java.util.Collection;
import java.util.Deque;

/**
 * Reads the cards behind the failure ledger's open contact rows, fetching each card's <em>current</em>
 * version from Sansan, so a card fixed in Sansan is sent as fixed, not replayed stale. Restartable: it
 * saves the ledger id of the last row it handed out. A card Sansan no longer has closes its row.
 */
public class FailedCardReader implements ItemStreamReader<BizCard> {

    private static final String LAST_ID = "retry.reader.lastLedgerId";
    private static final int BATCH = 100;

    private final FailureLedger ledger;
    private final SansanClient sansan;
    private final StepCounters counters;
    private final String definition;
    private final Collection<Long> executionIds;
    private final String code;
    private final long jobExecutionId;
    private final Deque<LedgerRow> rows = new ArrayDeque<>();
    private long lastId;
    private boolean exhausted;

    /**
     * @param executionIds only rows last seen by these executions (one run), or null for all
     * @param code         only rows with this error code, or null for all
     */
    public FailedCardReader(FailureLedger ledger, SansanClient sansan, StepCounters counters, String definition,
                            Collection<Long> executionIds, String code, long jobExecutionId) {
        this.ledger = ledger;
        this.sansan = sansan;
        this.counters = counters;
        this.definition = definition;
        this.executionIds = executionIds;
        this.code = code;
        this.jobExecutionId = jobExecutionId;
    }

    @Override
    public void open(ExecutionContext context) {
        // identity columns may start at 0 (HSQLDB does)
        lastId = context.getLong(LAST_ID, -1L);
    }

    @Override
    public BizCard read() {
        while (true) {
            if (rows.isEmpty() && !exhausted) {
                rows.addAll(ledger.openRowsAfter(definition, ContactProcessor.ENTITY, lastId, executionIds, code, BATCH));
                exhausted = rows.size() < BATCH;
            }
            LedgerRow row = rows.poll();
            if (row == null) {
                return null;
            }
            lastId = row.id();
            if (row.recordId().startsWith(ContactProcessor.NO_ID_PREFIX)) {
                counters.increment("retry.unfetchable");
                continue;
            }
            BizCard card = sansan.bizCard(row.recordId());
            if (card != null) {
                return card;
            }
            counters.increment("retry.goneFromSansan");
            ledger.closeDelivered(definition, ContactProcessor.ENTITY, row.recordId(), jobExecutionId);
        }
    }

    @Override
    public void update(ExecutionContext context) {
        context.putLong(LAST_ID, lastId);
    }
}
