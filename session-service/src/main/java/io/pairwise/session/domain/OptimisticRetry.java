package io.pairwise.session.domain;

import java.util.function.Supplier;

/**
 * Re-runs a read-decide-write command when another writer got in between. The command reads the fresh
 * state each time, so its rules are checked against what is really stored.
 */
final class OptimisticRetry {

    private static final int ATTEMPTS = 5;

    private OptimisticRetry() {
    }

    static <T> T run(Supplier<T> command) {
        ConcurrentUpdateException last = null;
        for (int attempt = 0; attempt < ATTEMPTS; attempt++) {
            try {
                return command.get();
            } catch (ConcurrentUpdateException e) {
                last = e;
            }
        }
        throw new RuleViolationException(last.getMessage() + " too often; try again");
    }

    static void run(Runnable command) {
        run(() -> {
            command.run();
            return null;
        });
    }
}
