package io.github.sansanghlsync.cli;

import io.github.sansanghlsync.job.RunSummary;
import io.github.sansanghlsync.reconcile.Reconciliation;
import org.springframework.context.ConfigurableApplicationContext;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;

import java.util.concurrent.Callable;

/** {@code reconcile}: finds persons that vanished from Sansan and treats their GHL contacts as configured. */
@Command(name = "reconcile", mixinStandardHelpOptions = true,
        description = {"List every person Sansan still has, compare with the persons linked to GHL contacts, and "
                + "treat the vanished ones as reconcile.vanished says (tag by default, delete, or leave)."})
public class ReconcileCommand implements Callable<Integer> {

    @Mixin
    DefinitionOption definition;

    @Override
    public Integer call() throws Exception {
        try (ConfigurableApplicationContext context = definition.start()) {
            RunSummary summary = context.getBean(Reconciliation.class).reconcile();
            System.out.printf("%n=== reconcile run %d: %s ===%n", summary.instanceId(), summary.status());
            System.out.printf("  Sansan cards swept ....... %,d (%,d pages)%n", summary.cardsRead(), summary.pagesRead());
            summary.counters().forEach((name, value) -> {
                if (name.startsWith("reconcile.")) {
                    System.out.printf("  %-24s %,d%n", name.substring("reconcile.".length()), value);
                }
            });
            System.out.printf("  GHL requests ............. %,d%n", summary.counter("ghl.requests"));
            if (summary.failure() != null) {
                System.out.printf("  FAILED: %s%n", summary.failure());
            }
            return ExitCode.of(summary).code();
        }
    }
}
