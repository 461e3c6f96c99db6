package io.github.sansanghlsync.job;

/** Names of the identifying job parameters; together they say which run a command means. */
public final class JobParameterNames {

    public static final String DEFINITION = "definition";
    public static final String FROM = "from";
    public static final String TO = "to";
    public static final String WINDOW = "window";

    private JobParameterNames() {
    }
}
