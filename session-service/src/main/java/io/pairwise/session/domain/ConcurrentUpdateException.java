package io.pairwise.session.domain;

/** Another writer changed the aggregate since it was read; the command is re-run on the fresh state. */
public class ConcurrentUpdateException extends RuntimeException {

    public ConcurrentUpdateException(String what, String id) {
        super(what + " " + id + " was changed concurrently");
    }
}
