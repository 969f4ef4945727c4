package io.pairwise.profile.application;

import io.pairwise.platform.web.ConflictException;
import java.util.function.Supplier;
import org.springframework.dao.OptimisticLockingFailureException;

/**
 * Runs read-decide-write steps again when the aggregate changed between read and write; writes are
 * guarded by the version read, so a lost race is detected, never silently overwritten.
 */
final class Retries {

    private static final int ATTEMPTS = 3;

    private Retries() {
    }

    static <T> T onConcurrentChange(Supplier<T> attempt) {
        for (int i = 1; ; i++) {
            try {
                return attempt.get();
            } catch (OptimisticLockingFailureException e) {
                if (i == ATTEMPTS) {
                    throw new ConflictException(e.getMessage() + "; please try again");
                }
            }
        }
    }
}
