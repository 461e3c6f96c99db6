package io.github.sansanghlsync.ledger;

import com.opencsv.CSVReader;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.OffsetDateTime;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class CsvErrorReportTests {

    @TempDir
    Path dir;

    @Test
    void writesOneRowPerLedgerRowWithFormulaCellsNeutralised() throws Exception {
        // given: a summary and a message a spreadsheet would run as formulas
        OffsetDateTime now = OffsetDateTime.parse("2026-12-04T10:00:00+09:00");
        LedgerRow row = new LedgerRow(1, "OPEN", "SANSAN_INVALID_EMAIL", "contact", "CARD1", "PERSON1", "email",
                "=HYPERLINK(\"http://evil\")", null, null, "@佐藤 花子 / 株式会社サンプル", 2, now, now, "contacts", 7L);
        LedgerRow phone = new LedgerRow(2, "OPEN", "SANSAN_INVALID_PHONE", "contact", "CARD2", "PERSON2", "tel",
                "+81 3-12 is not a phone number", null, null, "-1+1", 1, now, now, "contacts", 7L);

        // when
        Path file = CsvErrorReport.write(List.of(row, phone), dir.resolve("errors.csv"));

        // then
        List<String[]> lines;
        try (Reader in = Files.newBufferedReader(file, StandardCharsets.UTF_8); CSVReader csv = new CSVReader(in)) {
            lines = csv.readAll();
        }
        assertThat(lines).hasSize(3);
        assertThat(lines.get(0)[0]).isEqualTo("\uFEFFstatus");
        assertThat(lines.get(1)[1]).isEqualTo("SANSAN_INVALID_EMAIL");
        assertThat(lines.get(1)[6]).isEqualTo("'=HYPERLINK(\"http://evil\")");
        assertThat(lines.get(1)[9]).isEqualTo("'@佐藤 花子 / 株式会社サンプル");
        assertThat(lines.get(2)[6]).startsWith("'+81");
        assertThat(lines.get(2)[9]).isEqualTo("'-1+1");
        assertThat(Files.list(dir)).containsExactly(file);
    }

    @Test
    void writesNoFileWithoutRowsAndRemovesAnOutdatedOne() throws Exception {
        // given: the file an earlier attempt of the run wrote, whose rows have since been closed
        OffsetDateTime now = OffsetDateTime.parse("2026-12-04T10:00:00+09:00");
        LedgerRow row = new LedgerRow(1, "OPEN", "SANSAN_INVALID_EMAIL", "contact", "CARD1", "PERSON1", "email",
                "not an e-mail", null, null, "佐藤 花子", 1, now, now, "contacts", 7L);
        Path earlier = CsvErrorReport.writeUnlessEmpty(List.of(row), dir.resolve("errors.csv"));
        assertThat(earlier).exists();

        // when
        Path none = CsvErrorReport.writeUnlessEmpty(List.of(), dir.resolve("errors.csv"));

        // then
        assertThat(none).isNull();
        assertThat(Files.list(dir)).isEmpty();
    }

    @Test
    void leavesOrdinaryCellsAlone() {
        assertThat(CsvErrorReport.neutralise("佐藤 花子")).isEqualTo("佐藤 花子");
        assertThat(CsvErrorReport.neutralise("")).isEmpty();
        assertThat(CsvErrorReport.neutralise("\t=1")).isEqualTo("'\t=1");
    }
}
