package io.github.sansanghlsync.job;

import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import java.util.TreeMap;

/**
 * What a run did, added up over every execution of it (a resumed run counts its earlier attempts).
 *
 * @param counters     step counters, e.g. {@code contacts.created}, {@code rejected.SANSAN_INVALID_EMAIL}
 * @param cardsRead    cards read from Sansan
 * @param pagesRead    pages of cards read from Sansan
 * @param linkedPersons persons linked to a GHL contact by this definition, after the run
 * @param openFailures ledger rows the run left open (rejected records)
 * @param warnings     ledger warnings the run recorded
 * @param elapsed      wall time of all executions of the run
 * @param report       the CSV error report, or null when the run left no open rows or warnings (no file written)
 * @param failure      why the last execution failed, or null
 * @param dryRun       a dry run: nothing was written to GHL, the counters say what would have been, and
 *                     {@code report} is the dry-run plan
 */
public record RunSummary(String jobName, long instanceId, String status, Map<String, Long> counters, long cardsRead,
                         long pagesRead, int linkedPersons, int openFailures, int warnings, Duration elapsed,
                         int executions, Path report, String failure, boolean dryRun) {

    /** This summary as a dry run's, pointing to its plan. */
    public RunSummary asDryRun(Path plan) {
        return new RunSummary(jobName, instanceId, status, counters, cardsRead, pagesRead, linkedPersons, openFailures,
                warnings, elapsed, executions, plan, failure, true);
    }

    public long counter(String name) {
        return counters.getOrDefault(name, 0L);
    }

    /** Rejections by error code. */
    public Map<String, Long> rejectedByCode() {
        Map<String, Long> byCode = new TreeMap<>();
        counters.forEach((name, value) -> {
            if (name.startsWith("rejected.")) {
                byCode.put(name.substring("rejected.".length()), value);
            }
        });
        return byCode;
    }

    /** The summary in one log line. */
    public String oneLine() {
        return String.format("%s run %d ended %s: %d cards read, %d created, %d updated, %d unchanged, %d notes and %d tasks "
                        + "written, %d tags added, %d rejected, %d GHL requests; %s", jobName, instanceId, status,
                cardsRead, counter("contacts.created"), counter("contacts.updated"), counter("contacts.unchanged"),
                counter("notes.created") + counter("notes.updated"), counter("tasks.created") + counter("tasks.updated"),
                counter("tags.added"),
                rejectedByCode().values().stream().mapToLong(Long::longValue).sum(), counter("ghl.requests"), reportLine())
                + (failure == null ? "" : "; failure: " + failure);
    }

    private String reportLine() {
        return report == null ? "no failures or warnings: no error report written" : "error report " + report;
    }

    /** The summary as printed at the end of a run. */
    public String render() {
        long contacts = counter("contacts.created") + counter("contacts.updated");
        long requests = counter("ghl.requests");
        double seconds = Math.max(0.001, elapsed.toMillis() / 1000.0);
        StringBuilder out = new StringBuilder();
        if (dryRun) {
            out.append(String.format("%n=== DRY RUN of %s: %s. Nothing was written to GHL; the figures say what the run "
                    + "would do ===%n", jobName, status));
        } else {
            out.append(String.format("%n=== %s run %d: %s (%d execution%s) ===%n", jobName, instanceId, status, executions,
                    executions == 1 ? "" : "s"));
        }
        out.append(String.format("  Sansan cards read ........ %,d (%,d pages)%n", cardsRead, pagesRead));
        out.append(String.format("  superseded (older cards) . %,d%n", counter("cards.superseded")));
        out.append(String.format("  persons linked in GHL .... %,d%n", linkedPersons));
        out.append(String.format("  contacts created ......... %,d%n", counter("contacts.created")));
        out.append(String.format("  contacts updated ......... %,d%n", counter("contacts.updated")));
        out.append(String.format("  contacts unchanged ....... %,d (no request sent)%n", counter("contacts.unchanged")));
        out.append(String.format("  notes .................... %,d created, %,d updated, %,d unchanged (%,d reports read)%n",
                counter("notes.created") + counter("notes.reconciled"), counter("notes.updated"), counter("notes.unchanged"),
                counter("reports.read")));
        out.append(String.format("  tasks .................... %,d created, %,d updated, %,d unchanged, %,d completed%n",
                counter("tasks.created") + counter("tasks.reconciled"), counter("tasks.updated"), counter("tasks.unchanged"),
                counter("tasks.completed")));
        out.append(String.format("  tags ..................... %,d added, %,d removed, %,d cards unchanged%n",
                counter("tags.added"), counter("tags.removed"), counter("tags.unchanged")));
        long rejected = rejectedByCode().values().stream().mapToLong(Long::longValue).sum();
        out.append(String.format("  rejected ................. %,d%n", rejected));
        rejectedByCode().forEach((code, count) -> out.append(String.format("      %-34s %,d%n", code, count)));
        counters.forEach((name, value) -> {
            if (name.startsWith("warnings.")) {
                out.append(String.format("  warning %-26s %,d%n", name.substring("warnings.".length()), value));
            }
        });
        out.append(String.format("  GHL requests ............. %,d (%.2f per written contact, all steps)%n", requests,
                contacts == 0 ? 0.0 : (double) requests / contacts));
        out.append(String.format("  elapsed .................. %.1f s (%.1f cards/s)%n", seconds, cardsRead / seconds));
        if (dryRun) {
            out.append(String.format("  plan ..................... %s (per record: create, update with old -> new, "
                    + "unchanged, reject)%n", report));
        } else {
            out.append(report == null ? String.format("  error report ............. none written (no failures or warnings)%n")
                    : String.format("  error report ............. %s (%d open, %d warnings)%n", report, openFailures, warnings));
        }
        if (failure != null && dryRun) {
            out.append(String.format("  FAILED: %s%n", failure));
        } else if (failure != null) {
            out.append(String.format("  %s: %s%n  Re-run the same command to resume this run.%n",
                    "STOPPED".equals(status) ? "STOPPED" : "FAILED", failure));
        }
        return out.toString();
    }
}
