package io.github.sansanghlsync.job;

/** Another process (on this machine, or on another one sharing the database) holds the definition's run lock. */
public class RunInProgressException extends RuntimeException {

    public RunInProgressException(String definition, String why) {
        super("Another process is running sync definition '" + definition + "' (" + why + "); "
                + "wait for it to finish, or stop it first");
    }
}
