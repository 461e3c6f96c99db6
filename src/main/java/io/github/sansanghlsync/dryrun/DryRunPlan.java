package io.github.sansanghlsync.dryrun;

import com.opencsv.CSVWriter;
import com.opencsv.ICSVWriter;
import io.github.sansanghlsync.ledger.CsvErrorReport;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;

/**
 * The dry run's plan: one CSV row per record and outcome (create, update with one row per changed field
 * old → new, unchanged, reject, warning; and for notes, tasks and tags the write that would be sent).
 * UTF-8 with a BOM, cells a spreadsheet would run neutralised, like the error report. Rows are written as
 * they happen: the plan of a 300,000-card dry run never sits in memory.
 */
public class DryRunPlan {

    static final String[] HEADER = {"outcome", "entity", "sansan_id", "sansan_person_id", "ghl_id", "field", "old_value",
            "new_value", "error_code", "message", "record_summary"};

    /** One row of the plan; null cells stay empty. */
    public record Row(String outcome, String entity, String sansanId, String personId, String ghlId, String field,
                      String oldValue, String newValue, String errorCode, String message, String summary) {
    }

    private Path file;
    private Writer out;
    private ICSVWriter csv;

    /** Starts a new plan file. */
    public synchronized void open(Path file) {
        try {
            Files.createDirectories(file.toAbsolutePath().getParent());
            this.file = file;
            this.out = Files.newBufferedWriter(file, StandardCharsets.UTF_8);
            this.csv = new CSVWriter(out);
            out.write('\uFEFF');
            csv.writeNext(HEADER);
        } catch (IOException e) {
            throw new UncheckedIOException("Could not write the dry-run plan " + file, e);
        }
    }

    /** Adds one record's rows (an update has a row per changed field). */
    public synchronized void add(List<Row> rows) {
        for (Row row : rows) {
            csv.writeNext(Arrays.stream(new String[]{row.outcome(), row.entity(), row.sansanId(), row.personId(), row.ghlId(),
                            row.field(), row.oldValue(), row.newValue(), row.errorCode(), row.message(), row.summary()})
                    .map(cell -> cell == null ? "" : CsvErrorReport.neutralise(cell))
                    .toArray(String[]::new));
        }
    }

    public void add(Row row) {
        add(List.of(row));
    }

    /** Closes the file and gives its path. */
    public synchronized Path close() {
        try {
            if (csv != null) {
                csv.close();
            }
            return file;
        } catch (IOException e) {
            throw new UncheckedIOException("Could not write the dry-run plan " + file, e);
        } finally {
            csv = null;
            out = null;
        }
    }
}
