package io.github.sansanghlsync.http;

import org.junit.jupiter.api.Test;
import reactor.core.publisher.Mono;
import reactor.core.publisher.Sinks;
import reactor.core.scheduler.Schedulers;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.atomic.AtomicBoolean;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

class FanOutTest {

    @Test
    void givesTheResultsInTheItemsOrderWhateverOrderTheyArriveIn() {
        List<Sinks.One<String>> answers = List.of(Sinks.one(), Sinks.one(), Sinks.one());
        // answered last to first, from another thread, once all three calls are out
        Mono<Void> answerBackwards = Mono.fromRunnable(() -> {
            for (int i = answers.size() - 1; i >= 0; i--) {
                answers.get(i).tryEmitValue("answer " + i);
            }
        });
        List<Integer> started = new ArrayList<>();

        List<String> results = new ArrayList<>();
        FanOut.inOrder(List.of(0, 1, 2), i -> {
            started.add(i);
            Mono<String> answer = answers.get(i).asMono();
            return i == 2 ? answerBackwards.subscribeOn(Schedulers.single()).then(answer) : answer;
        }, 3, results::add);

        assertThat(started).containsExactly(0, 1, 2);
        assertThat(results).containsExactly("answer 0", "answer 1", "answer 2");
    }

    @Test
    void handsEachResultOverWhileTheLaterCallsAreStillInFlight() {
        // the second call is answered only once the first answer has been applied: waiting for every answer
        // before applying any would never finish
        CompletableFuture<String> second = new CompletableFuture<>();
        List<String> applied = new ArrayList<>();
        List<Thread> callers = new ArrayList<>();
        List<Thread> applyingThreads = new ArrayList<>();

        assertTimeoutPreemptively(Duration.ofSeconds(30), () -> {
            callers.add(Thread.currentThread());
            FanOut.inOrder(List.of("first", "second"),
                    item -> item.equals("first") ? Mono.just(item) : Mono.fromFuture(second), 2, result -> {
                        applied.add(result);
                        applyingThreads.add(Thread.currentThread());
                        second.complete("second");
                    });
        });

        assertThat(applied).containsExactly("first", "second");
        assertThat(applyingThreads).as("the caller's thread, so its transaction applies").containsOnly(callers.get(0));
    }

    @Test
    void aFailedCallFailsTheFanOutAndCancelsTheCallsStillInFlight() {
        AtomicBoolean cancelled = new AtomicBoolean();
        List<String> applied = new ArrayList<>();

        assertThatThrownBy(() -> FanOut.inOrder(List.of("slow", "failing"), item -> item.equals("slow")
                ? Mono.<String>never().doOnCancel(() -> cancelled.set(true))
                : Mono.<String>error(new IllegalStateException("retries exhausted")), 2, applied::add))
                .isInstanceOf(IllegalStateException.class).hasMessage("retries exhausted");

        assertThat(applied).isEmpty();
        assertThat(cancelled).isTrue();
    }

    @Test
    void anExceptionFromApplyingAResultCancelsTheCallsStillInFlight() {
        AtomicBoolean cancelled = new AtomicBoolean();

        assertThatThrownBy(() -> FanOut.inOrder(List.of("quick", "slow"), item -> item.equals("quick")
                ? Mono.just(item) : Mono.<String>never().doOnCancel(() -> cancelled.set(true)), 2, result -> {
            throw new IllegalArgumentException("cannot record " + result);
        })).isInstanceOf(IllegalArgumentException.class).hasMessage("cannot record quick");

        assertThat(cancelled).isTrue();
    }
}
