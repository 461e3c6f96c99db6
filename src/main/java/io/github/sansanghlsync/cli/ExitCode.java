package io.github.sansanghlsync.cli;

import io.github.sansanghlsync.job.RunSummary;

/** The process exit codes, for cron, systemd and scripts (documented in the README). */
public enum ExitCode {
    COMPLETED(0),
    FAILED(1),
    USAGE(2),
    COMPLETED_WITH_REJECTIONS(3),
    STOPPED(4),
    ALREADY_RUNNING(5);

    private final int code;

    ExitCode(int code) {
        this.code = code;
    }

    public int code() {
        return code;
    }

    public static ExitCode of(RunSummary summary) {
        return switch (summary.status()) {
            case "COMPLETED" -> summary.openFailures() > 0 ? COMPLETED_WITH_REJECTIONS : COMPLETED;
            case "STOPPED" -> STOPPED;
            default -> FAILED;
        };
    }
}
