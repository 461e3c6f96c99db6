package io.github.sansanghlsync.ledger;

import com.opencsv.CSVWriter;
import com.opencsv.ICSVWriter;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;

/**
 * Exports ledger rows to a CSV file with opencsv: one row per rejected record, UTF-8 with a BOM so
 * Excel shows Japanese text, and every cell a spreadsheet would run as a formula neutralised.
 */
public final class CsvErrorReport {

    static final String[] HEADER = {"status", "error_code", "entity", "sansan_id", "parent_id", "field", "message",
            "http_status", "ghl_trace_id", "record_summary", "occurrences", "first_seen_at", "last_seen_at", "step",
            "job_execution_id"};

    private CsvErrorReport() {
    }

    /**
     * Writes the rows to {@code file} like {@link #write}, but only when there are any: a run without a
     * rejected record or warning leaves no file (a scheduled sync every 15 minutes would leave ~96 empty ones
     * a day), and an earlier file of the run is removed so no stale rows outlive their ledger rows.
     *
     * @return the file, or null when there were no rows to write
     */
    public static Path writeUnlessEmpty(List<LedgerRow> rows, Path file) {
        if (!rows.isEmpty()) {
            return write(rows, file);
        }
        try {
            Files.deleteIfExists(file);
            return null;
        } catch (IOException e) {
            throw new UncheckedIOException("Could not remove the outdated error report " + file, e);
        }
    }

    /** Writes the rows to {@code file} (replacing it atomically) and returns the path. */
    public static Path write(List<LedgerRow> rows, Path file) {
        try {
            Files.createDirectories(file.toAbsolutePath().getParent());
            Path partial = file.resolveSibling(file.getFileName() + ".partial");
            try (Writer out = Files.newBufferedWriter(partial, StandardCharsets.UTF_8);
                 ICSVWriter csv = new CSVWriter(out)) {
                out.write('\uFEFF');
                csv.writeNext(HEADER);
                for (LedgerRow row : rows) {
                    csv.writeNext(cells(row));
                }
            }
            return Files.move(partial, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException e) {
            throw new UncheckedIOException("Could not write the error report " + file, e);
        }
    }

    private static String[] cells(LedgerRow row) {
        Object[] values = {row.status(), row.errorCode(), row.entity(), row.recordId(), row.parentId(), row.field(),
                row.message(), row.httpStatus(), row.traceId(), row.summary(), row.occurrences(), row.firstSeenAt(),
                row.lastSeenAt(), row.stepName(), row.jobExecutionId()};
        String[] cells = new String[values.length];
        for (int i = 0; i < values.length; i++) {
            cells[i] = neutralise(values[i] == null ? "" : values[i].toString());
        }
        return cells;
    }

    /** A cell starting with = + - @ (or a tab/CR that hides one) is prefixed with ' so it stays text. */
    public static String neutralise(String cell) {
        if (!cell.isEmpty() && "=+-@\t\r".indexOf(cell.charAt(0)) >= 0) {
            return "'" + cell;
        }
        return cell;
    }
}
