package io.github.sansanghlsync.preflight;

import java.util.List;

/** The results of {@code check}, rendered as a table. */
public record PreflightReport(List<CheckResult> results) {

    public PreflightReport {
        results = List.copyOf(results);
    }

    public boolean passed() {
        return results.stream().noneMatch(r -> r.verdict() == CheckResult.Verdict.FAIL);
    }

    /** The row of a check, for tests and scripts. */
    public CheckResult result(String check) {
        return results.stream().filter(r -> r.check().equals(check)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("no check " + check));
    }

    public String render() {
        int width = results.stream().mapToInt(r -> r.check().length()).max().orElse(10);
        StringBuilder table = new StringBuilder();
        table.append(String.format("%-" + width + "s  %-6s %s%n", "CHECK", "RESULT", "DETAIL"));
        results.forEach(r -> table.append(String.format("%-" + width + "s  %-6s %s%n", r.check(), r.verdict(), r.detail())));
        table.append(passed() ? "All checks passed." : "Some checks failed: fix them before the first run.");
        return table.toString();
    }
}
