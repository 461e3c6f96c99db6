package io.github.sansanghlsync.cli;

import io.github.sansanghlsync.schedule.ScheduledRuns;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.context.event.ContextClosedEvent;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;

import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;

/** {@code serve}: stays up and runs {@code sync} (and {@code reconcile}) on their cron schedules until stopped. */
@Command(name = "serve", mixinStandardHelpOptions = true,
        description = {"Run long-lived: sync on schedule.cron (default 0 0 2 * * *, nightly 02:00) in schedule.zone "
                + "(default Asia/Tokyo), reconcile on schedule.reconcile-cron (default: never). Stop with Ctrl-C or "
                + "SIGTERM; a run cut short is resumed by the next trigger."})
public class ServeCommand implements Callable<Integer> {

    @Mixin
    DefinitionOption definition;

    @Override
    public Integer call() throws Exception {
        CountDownLatch stopped = new CountDownLatch(1);
        ConfigurableApplicationContext context = definition.start();
        context.addApplicationListener(event -> {
            if (event instanceof ContextClosedEvent) {
                stopped.countDown();
            }
        });
        context.getBean(ScheduledRuns.class).start();
        // SIGTERM / Ctrl-C: Spring's shutdown hook closes the context, which stops the schedule
        stopped.await();
        return ExitCode.COMPLETED.code();
    }
}
