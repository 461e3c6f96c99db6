package io.github.sansanghlsync.cli;

import io.github.sansanghlsync.definition.InvalidDefinitionException;
import io.github.sansanghlsync.job.RunInProgressException;
import org.springframework.boot.context.properties.bind.BindException;
import org.springframework.boot.context.properties.source.ConfigurationProperty;
import org.springframework.batch.core.launch.JobInstanceAlreadyCompleteException;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/** The command line: run, schedule, check and rehearse a Sansan → GHL sync. */
@Command(name = "sansan-ghl-sync", mixinStandardHelpOptions = true, version = "sansan-ghl-sync 0.1.0",
        description = "Moves Sansan business cards into HighLevel (GHL) contacts and keeps them in step.",
        subcommands = {DemoCommand.class, MigrateCommand.class, SyncCommand.class, ReconcileCommand.class, ServeCommand.class,
                RetryFailedCommand.class, CheckCommand.class, MapCommand.class, AuthCommand.class, SandboxCommand.class,
                CommandLine.HelpCommand.class})
public class SyncCommandLine implements Runnable {

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        spec.commandLine().usage(System.out);
    }

    /** Runs the command line and returns the process exit code. */
    public static int execute(String... args) {
        CommandLine commandLine = new CommandLine(new SyncCommandLine());
        commandLine.setExecutionExceptionHandler((exception, cmd, parsed) -> {
            Throwable root = rootCause(exception);
            String configurationError = configurationError(exception);
            if (configurationError != null) {
                System.err.println("error: " + configurationError);
                return ExitCode.USAGE.code();
            }
            if (root.getClass().getName().equals("org.hsqldb.persist.LockFile$LockHeldExternallyException")) {
                System.err.println("error: another process is using the embedded database in sync.data-dir "
                        + "(a run of this sync definition is in progress); wait for it to finish");
                return ExitCode.ALREADY_RUNNING.code();
            }
            System.err.println("error: " + root.getMessage());
            if (root instanceof RunInProgressException) {
                return ExitCode.ALREADY_RUNNING.code();
            }
            if (root instanceof JobInstanceAlreadyCompleteException) {
                System.err.println("That run already completed. Run without --from/--to to migrate up to now.");
                return ExitCode.COMPLETED.code();
            }
            return ExitCode.FAILED.code();
        });
        commandLine.setExitCodeExceptionMapper(e -> ExitCode.USAGE.code());
        return commandLine.execute(args);
    }

    /**
     * A broken definition or setting, told as the place and the key: the definition's own check, or a
     * value Spring could not bind (with the file and line it came from).
     */
    static String configurationError(Throwable exception) {
        for (Throwable cause = exception; cause != null; cause = cause.getCause()) {
            if (cause instanceof InvalidDefinitionException invalid) {
                return invalid.getMessage();
            }
            if (cause instanceof BindException bind) {
                ConfigurationProperty property = bind.getProperty();
                String where = property == null || property.getOrigin() == null ? "" : property.getOrigin() + ": ";
                String what = property == null ? bind.getName().toString()
                        : property.getName() + " = '" + property.getValue() + "'";
                return where + what + " is not a valid " + bind.getTarget().getType().resolve(Object.class).getSimpleName()
                        + " (" + rootCause(bind).getMessage() + ")";
            }
        }
        return null;
    }

    private static Throwable rootCause(Throwable exception) {
        Throwable cause = exception;
        while (cause.getCause() != null && cause.getCause() != cause) {
            cause = cause.getCause();
        }
        return cause;
    }
}
