package io.github.sansanghlsync.job;

import io.github.sansanghlsync.ledger.CsvErrorReport;
import io.github.sansanghlsync.ledger.FailureLedger;
import io.github.sansanghlsync.ledger.LedgerRow;
import io.github.sansanghlsync.link.LinkTable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.batch.core.job.JobExecution;
import org.springframework.batch.core.job.JobInstance;
import org.springframework.batch.core.listener.JobExecutionListener;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.batch.core.step.StepExecution;
import org.springframework.stereotype.Component;

import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDateTime;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * When a run ends (completed, failed or stopped), exports the run's open ledger rows to the CSV error
 * report and logs the summary. The export is a full rewrite, so a resumed run never duplicates lines.
 */
@Component
public class RunReportListener implements JobExecutionListener {

    private static final Logger log = LoggerFactory.getLogger(RunReportListener.class);

    private final JobRepository repository;
    private final FailureLedger ledger;
    private final LinkTable links;
    private final SyncProperties sync;

    public RunReportListener(JobRepository repository, FailureLedger ledger, LinkTable links, SyncProperties sync) {
        this.repository = repository;
        this.ledger = ledger;
        this.links = links;
        this.sync = sync;
    }

    @Override
    public void afterJob(JobExecution execution) {
        log.info(summarise(execution).oneLine());
    }

    /** Exports the CSV report of the execution's run and adds up what the run did. */
    public RunSummary summarise(JobExecution execution) {
        JobInstance instance = execution.getJobInstance();
        String definition = execution.getJobParameters().getString(JobParameterNames.DEFINITION);
        List<JobExecution> executions = repository.getJobExecutions(instance);
        List<Long> executionIds = executions.stream().map(JobExecution::getId).toList();
        List<LedgerRow> rows = ledger.rowsOf(definition, executionIds);
        Path report = CsvErrorReport.writeUnlessEmpty(rows, sync.reportsDir().resolve(
                definition + "-" + instance.getJobName() + "-run" + instance.getInstanceId() + "-errors.csv"));

        Map<String, Long> counters = new HashMap<>();
        long pages = 0;
        for (StepExecution step : latestStepExecutions(executions)) {
            StepCounters.of(step.getExecutionContext()).forEach((name, value) -> counters.merge(name, value, Long::sum));
            pages += step.getExecutionContext().getLong(step.getStepName() + ".reader.pagesRead", 0L);
        }
        long openRows = rows.stream().filter(row -> FailureLedger.OPEN.equals(row.status())).count();
        return new RunSummary(instance.getJobName(), instance.getInstanceId(), execution.getStatus().name(), counters,
                counters.getOrDefault("cards.read", 0L), pages, links.count(definition, "contact"), (int) openRows, (int) (rows.size() - openRows),
                elapsed(executions), executions.size(), report, failure(execution), false);
    }

    /** A step re-run by a restart has several executions; its latest holds the run's totals. */
    private static List<StepExecution> latestStepExecutions(List<JobExecution> executions) {
        Map<String, StepExecution> latest = new HashMap<>();
        executions.stream().flatMap(e -> e.getStepExecutions().stream()).forEach(step ->
                latest.merge(step.getStepName(), step, (a, b) -> a.getId() > b.getId() ? a : b));
        return latest.values().stream().sorted(Comparator.comparing(StepExecution::getId)).toList();
    }

    /** The root cause of the execution's failure, as a user reads it. */
    private static String failure(JobExecution execution) {
        // a step's own reason first: a stopped job only adds a generic "JobExecution interrupted."
        var stepFailures = execution.getStepExecutions().stream().flatMap(step -> step.getFailureExceptions().stream());
        return java.util.stream.Stream.concat(stepFailures, execution.getAllFailureExceptions().stream()).findFirst().map(e -> {
            Throwable root = e;
            while (root.getCause() != null && root.getCause() != root) {
                root = root.getCause();
            }
            return root.getMessage() == null ? root.getClass().getSimpleName() : root.getMessage();
        }).orElse(null);
    }

    private static Duration elapsed(List<JobExecution> executions) {
        Duration total = Duration.ZERO;
        for (JobExecution execution : executions) {
            LocalDateTime start = execution.getStartTime();
            LocalDateTime end = execution.getEndTime() == null ? LocalDateTime.now() : execution.getEndTime();
            if (start != null) {
                total = total.plus(Duration.between(start, end));
            }
        }
        return total;
    }
}
