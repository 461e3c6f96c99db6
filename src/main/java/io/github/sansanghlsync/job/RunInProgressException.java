package io.github.sansanghlsync.job;

/** Another process holds the definition's run lock. */
public class RunInProgressException extends RuntimeException {

    public RunInProgressException(String definition) {
        super("Another process is running sync definition '" + definition + "' (its lock in the data directory is held); "
                + "wait for it to finish, or stop it first");
    }
}
