package io.github.sansanghlsync.dryrun;

import io.github.sansanghlsync.contact.ContactChange;
import io.github.sansanghlsync.contact.ContactOutcomes;
import io.github.sansanghlsync.contact.ContactProcessor;
import io.github.sansanghlsync.ghl.GhlContact;
import io.github.sansanghlsync.ghl.GhlCustomField;
import io.github.sansanghlsync.ghl.UpsertContactRequest;
import io.github.sansanghlsync.ghl.UpsertResult;
import io.github.sansanghlsync.job.DryRunScope;
import io.github.sansanghlsync.job.RunSummary;
import io.github.sansanghlsync.job.SyncProperties;
import io.github.sansanghlsync.ledger.FailureLedger;
import io.github.sansanghlsync.ledger.LedgerRow;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.batch.core.job.JobExecution;
import org.springframework.batch.core.job.JobInstance;
import org.springframework.batch.core.repository.JobRepository;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * {@code --dry-run}: the real job runs on a scratch copy of the definition's state with a GHL client that
 * sends no writes, so its counts are the counts of the real run that follows; every record's outcome
 * goes to the plan (create, update with old → new per field, unchanged, reject).
 */
public class DryRun implements DryRunScope, ContactOutcomes {

    private static final Logger log = LoggerFactory.getLogger(DryRun.class);
    private static final DateTimeFormatter STAMP = DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss");

    private final ScratchState scratch;
    private final DryRunPlan plan;
    private final DryRunGhlClient ghl;
    private final FailureLedger ledger;
    private final JobRepository repository;
    private final SyncProperties sync;
    private Map<String, String> customFieldKeys = Map.of();
    private String scratchDefinition;

    public DryRun(ScratchState scratch, DryRunPlan plan, DryRunGhlClient ghl, FailureLedger ledger, JobRepository repository,
                  SyncProperties sync) {
        this.scratch = scratch;
        this.plan = plan;
        this.ghl = ghl;
        this.ledger = ledger;
        this.repository = repository;
        this.sync = sync;
    }

    @Override
    public String open(String definition, String jobName) {
        scratchDefinition = scratch.copy(definition);
        ghl.startRun(scratchDefinition);
        Map<String, String> keys = new HashMap<>();
        for (GhlCustomField field : ghl.customFields()) {
            keys.put(field.id(), field.fieldKey() == null ? field.id() : field.fieldKey());
        }
        customFieldKeys = keys;
        Path file = sync.reportsDir().resolve(definition + "-" + jobName + "-dry-run-" + LocalDateTime.now().format(STAMP) + ".csv");
        plan.open(file);
        log.info("Dry run of '{}' ({}): nothing will be written to GHL; the plan goes to {}", definition, jobName, file);
        return scratchDefinition;
    }

    @Override
    public RunSummary finish(RunSummary summary) {
        JobInstance instance = repository.getJobInstance(summary.instanceId());
        List<Long> executions = repository.getJobExecutions(instance).stream().map(JobExecution::getId).toList();
        for (LedgerRow row : ledger.rowsOf(scratchDefinition, executions)) {
            String outcome = FailureLedger.WARNING.equals(row.status()) ? "warning" : "reject";
            plan.add(new DryRunPlan.Row(outcome, row.entity(), row.recordId(), row.parentId(), null, row.field(), null, null,
                    row.errorCode(), row.message(), row.summary()));
        }
        Path planFile = plan.close();
        deleteQuietly(summary.report());
        return summary.asDryRun(planFile);
    }

    @Override
    public void discard(String scratchDefinition) {
        plan.close();
        scratch.discard(scratchDefinition);
    }

    @Override
    public void written(ContactChange change, UpsertContactRequest request, UpsertResult result) {
        String id = result.contactId();
        if (result.created()) {
            plan.add(row(change, "create", id, null, null, null, null));
            return;
        }
        Optional<GhlContact> before = ghl.takeBefore(id);
        if (before.isEmpty()) {
            plan.add(row(change, "update", id, null, null, null, DryRunGhlClient.isSynthetic(id)
                    ? "updates the contact this run creates from an earlier card" : "GHL did not show the contact"));
            return;
        }
        List<ContactDiff.FieldChange> changes = ContactDiff.of(request, before.get(), customFieldKeys);
        if (changes.isEmpty()) {
            plan.add(row(change, "update", id, null, null, null, "sent again, but GHL already holds these values"));
            return;
        }
        plan.add(changes.stream().map(c -> row(change, "update", id, c.field(), c.oldValue(), c.newValue(), null)).toList());
    }

    @Override
    public void unchanged(ContactChange change) {
        plan.add(row(change, "unchanged", change.existing().ghlId(), null, null, null, null));
    }

    private static DryRunPlan.Row row(ContactChange change, String outcome, String ghlId, String field, String oldValue,
                                      String newValue, String message) {
        return new DryRunPlan.Row(outcome, ContactProcessor.ENTITY, change.card().id(), change.personId(), ghlId, field,
                oldValue, newValue, null, message, change.summary());
    }

    private static void deleteQuietly(Path file) {
        try {
            if (file != null) {
                Files.deleteIfExists(file);
            }
        } catch (IOException e) {
            log.debug("Could not delete {}: {}", file, e.toString());
        }
    }
}
