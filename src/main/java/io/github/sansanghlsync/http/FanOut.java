package io.github.sansanghlsync.http;

import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;
import reactor.util.function.Tuple2;
import reactor.util.function.Tuples;

import java.util.Comparator;
import java.util.List;
import java.util.function.Function;

/**
 * Runs one call per item with at most {@code concurrency} in flight and gives the results in the items'
 * order. Unlike {@code flatMapSequential}, which starts the next call only when the oldest one has
 * finished, a slow answer holds only its own slot.
 */
public final class FanOut {

    private FanOut() {
    }

    public static <T, R> List<R> inOrder(List<T> items, Function<T, Mono<R>> call, int concurrency) {
        List<Tuple2<Long, R>> results = Flux.fromIterable(items).index()
                .flatMap(item -> call.apply(item.getT2()).map(result -> Tuples.of(item.getT1(), result)), concurrency)
                .collectSortedList(Comparator.comparing(Tuple2::getT1))
                .block();
        return results == null ? List.of() : results.stream().map(Tuple2::getT2).toList();
    }
}
