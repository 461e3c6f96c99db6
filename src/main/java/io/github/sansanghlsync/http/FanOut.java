package io.github.sansanghlsync.http;

import reactor.core.Disposable;
import reactor.core.Exceptions;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;
import reactor.util.function.Tuple2;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.function.Consumer;
import java.util.function.Function;

/**
 * Runs one call per item with at most {@code concurrency} in flight and hands each result to the caller,
 * on the calling thread and in the items' order, as soon as it and every result before it are in, while
 * the later calls are still in flight: the caller's work on each answer (its link and ledger statements,
 * in the caller's transaction) overlaps the waiting instead of following it. Unlike
 * {@code flatMapSequential}, which starts the next call only when the oldest one has finished, a slow
 * answer holds only its own slot.
 */
public final class FanOut {

    private static final Object DONE = new Object();

    private FanOut() {
    }

    /** When a call fails, or {@code apply} throws, the calls still in flight are cancelled and the exception is thrown here. */
    public static <T, R> void inOrder(List<T> items, Function<T, Mono<R>> call, int concurrency, Consumer<R> apply) {
        BlockingQueue<Object> arrivals = new LinkedBlockingQueue<>();
        Disposable calls = Flux.fromIterable(items).index()
                .flatMap(item -> call.apply(item.getT2()).map(result -> Arrival.of(item, result)), concurrency)
                .subscribe(arrivals::add, error -> arrivals.add(new Failed(error)), () -> arrivals.add(DONE));
        Map<Long, R> early = new HashMap<>();
        long next = 0;
        try {
            for (Object arrival = arrivals.take(); arrival != DONE; arrival = arrivals.take()) {
                if (arrival instanceof Failed failed) {
                    throw Exceptions.propagate(failed.error());
                }
                @SuppressWarnings("unchecked")
                Arrival<R> result = (Arrival<R>) arrival;
                early.put(result.index(), result.value());
                for (R ready = early.remove(next); ready != null; ready = early.remove(next)) {
                    next++;
                    apply.accept(ready);
                }
            }
            // a call that completed empty leaves a gap: the rest still go in order
            early.keySet().stream().sorted().forEach(index -> apply.accept(early.get(index)));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while waiting for answers", e);
        } finally {
            calls.dispose();
        }
    }

    private record Arrival<R>(long index, R value) {
        static <T, R> Arrival<R> of(Tuple2<Long, T> item, R value) {
            return new Arrival<>(item.getT1(), value);
        }
    }

    private record Failed(Throwable error) {
    }
}
