package io.pairwise.session.domain;

import java.time.Instant;

/** A step towards a goal; done once {@code completedAt} is set. */
public record Milestone(String id, String title, Instant completedAt) {

    public boolean isDone() {
        return completedAt != null;
    }
}
