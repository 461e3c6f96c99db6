package io.github.sansanghlsync.cli;

import io.github.sansanghlsync.preflight.Preflight;
import io.github.sansanghlsync.preflight.PreflightReport;
import org.springframework.context.ConfigurableApplicationContext;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;

import java.util.concurrent.Callable;

/** {@code check}: the preflight table; exits 1 when a check fails. */
@Command(name = "check", mixinStandardHelpOptions = true,
        description = "Check the Sansan key, the GHL token, scopes, Version, custom fields and today's quota; "
                + "print a pass/fail table and exit non-zero when a check fails.")
public class CheckCommand implements Callable<Integer> {

    @Mixin
    DefinitionOption definition;

    @Override
    public Integer call() {
        try (ConfigurableApplicationContext context = definition.start()) {
            PreflightReport report = context.getBean(Preflight.class).run();
            System.out.println(report.render());
            return report.passed() ? ExitCode.COMPLETED.code() : ExitCode.FAILED.code();
        }
    }
}
