package io.github.sansanghlsync.cli;

import picocli.CommandLine;
import picocli.CommandLine.Command;

/** {@code auth}: connects the program to an account; {@code auth ghl} runs GHL's OAuth consent. */
@Command(name = "auth", mixinStandardHelpOptions = true, description = "Connect the program to an account.",
        subcommands = {AuthGhlCommand.class})
public class AuthCommand implements Runnable {

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        spec.commandLine().usage(System.out);
    }
}
