package io.pairwise.session.domain;

import java.time.Instant;
import java.time.LocalDate;

/**
 * A follow-up agreed in a session.
 *
 * @param ownerId the member who takes it on, null if nobody in particular (or the owner was erased)
 */
public record ActionItem(String id, String text, String ownerId, LocalDate dueDate, Instant doneAt) {

    /** What members write when they record an action item. */
    public record Draft(String text, String ownerId, LocalDate dueDate) {
    }

    public boolean isDone() {
        return doneAt != null;
    }
}
