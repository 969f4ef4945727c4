package io.pairwise.matching.domain.assignment;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.LongConsumer;
import java.util.function.Supplier;

/**
 * Runs chunks of an index range on a few threads, each with its own state. The calling thread works too and is the
 * only one that reports progress, so listeners never see concurrent calls.
 */
public final class Parallel {

    public interface Worker<S> {
        void run(S state, int from, int to);
    }

    private Parallel() {
    }

    /** @return the states of every thread, the caller's first, for merging */
    public static <S> List<S> forChunks(int count, int chunk, int threads, Supplier<S> newState, Worker<S> worker,
                                 LongConsumer progress) {
        AtomicInteger next = new AtomicInteger();
        AtomicLong done = new AtomicLong();
        List<S> states = new ArrayList<>();
        for (int t = 0; t < threads; t++) {
            states.add(newState.get());
        }
        List<Thread> helpers = new ArrayList<>();
        List<Throwable> failures = new ArrayList<>();
        for (int t = 1; t < threads; t++) {
            S state = states.get(t);
            helpers.add(Thread.ofPlatform().name("matching-worker-" + t).start(() -> {
                try {
                    work(count, chunk, next, done, state, worker, null);
                } catch (Throwable failure) {
                    synchronized (failures) {
                        failures.add(failure);
                    }
                    next.set(count);
                }
            }));
        }
        try {
            work(count, chunk, next, done, states.getFirst(), worker, progress);
        } catch (RuntimeException | Error failure) {
            next.set(count); // a failure or a cancelling progress listener stops the helpers at their next chunk
            throw failure;
        } finally {
            for (Thread helper : helpers) {
                joinUninterruptibly(helper);
            }
        }
        if (!failures.isEmpty()) {
            throw new IllegalStateException("a matching worker failed", failures.getFirst());
        }
        progress.accept(count);
        return states;
    }

    private static <S> void work(int count, int chunk, AtomicInteger next, AtomicLong done, S state,
                                 Worker<S> worker, LongConsumer progress) {
        for (int from = next.getAndAdd(chunk); from < count; from = next.getAndAdd(chunk)) {
            int to = Math.min(count, from + chunk);
            worker.run(state, from, to);
            long total = done.addAndGet(to - from);
            if (progress != null && total < count) {
                progress.accept(total);
            }
        }
    }

    private static void joinUninterruptibly(Thread thread) {
        boolean interrupted = false;
        while (true) {
            try {
                thread.join();
                break;
            } catch (InterruptedException e) {
                interrupted = true;
            }
        }
        if (interrupted) {
            Thread.currentThread().interrupt();
        }
    }
}
