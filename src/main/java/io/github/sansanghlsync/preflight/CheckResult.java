package io.github.sansanghlsync.preflight;

/** One row of the preflight table: what was checked, the verdict and a sentence saying why (never a secret). */
public record CheckResult(String check, Verdict verdict, String detail) {

    /** PASS and WARN let a run start; FAIL does not. */
    public enum Verdict { PASS, WARN, FAIL }

    static CheckResult pass(String check, String detail) {
        return new CheckResult(check, Verdict.PASS, detail);
    }

    static CheckResult warn(String check, String detail) {
        return new CheckResult(check, Verdict.WARN, detail);
    }

    static CheckResult fail(String check, String detail) {
        return new CheckResult(check, Verdict.FAIL, detail);
    }
}
