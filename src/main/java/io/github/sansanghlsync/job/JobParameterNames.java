package io.github.sansanghlsync.job;

/** Names of the identifying job parameters; together they say which run a command means. */
public final class JobParameterNames {

    public static final String DEFINITION = "definition";
    public static final String FROM = "from";
    public static final String TO = "to";
    public static final String WINDOW = "window";
    /** When a dry run started: every dry run is a run of its own, never a resumption of an earlier one. */
    public static final String DRY_RUN_AT = "dryRunAt";

    private JobParameterNames() {
    }
}
