package io.github.sansanghlsync.it;

import com.opencsv.CSVReaderHeaderAware;

import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** Reads a CSV error report as a person's spreadsheet would: one map per row, by column name. */
final class ErrorReportFile {

    private ErrorReportFile() {
    }

    static List<Map<String, String>> read(Path file) throws Exception {
        List<Map<String, String>> rows = new ArrayList<>();
        try (Reader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            if (in.read() != '\uFEFF') {
                throw new IllegalStateException("the report has no UTF-8 byte order mark");
            }
            CSVReaderHeaderAware csv = new CSVReaderHeaderAware(in);
            Map<String, String> row;
            while ((row = csv.readMap()) != null) {
                rows.add(new HashMap<>(row));
            }
        }
        return rows;
    }

    /** Open (rejected) contact rows only, error code by Sansan card id. */
    static Map<String, String> openCodesByCard(List<Map<String, String>> rows) {
        Map<String, String> codes = new HashMap<>();
        rows.stream().filter(row -> row.get("status").equals("OPEN") && row.get("entity").equals("contact"))
                .forEach(row -> codes.put(row.get("sansan_id"), row.get("error_code")));
        return codes;
    }
}
