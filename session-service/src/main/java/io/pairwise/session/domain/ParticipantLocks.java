package io.pairwise.session.domain;

import java.util.Collection;

/**
 * Short exclusive leases on participants' calendars, so two requests cannot both pass the overlap check
 * for the same person and then both book. A lease that is never released (a crashed instance) expires.
 */
public interface ParticipantLocks {

    /** Blocks briefly until every participant's calendar is leased, else throws {@link RuleViolationException}. */
    Lease lock(Collection<String> participantIds);

    interface Lease extends AutoCloseable {

        @Override
        void close();
    }
}
