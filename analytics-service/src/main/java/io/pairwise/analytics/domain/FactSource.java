package io.pairwise.analytics.domain;

import java.util.List;

/** Where the projected facts are read from: the current generation of the projections. */
public interface FactSource {

    /** Every fact of one program; null for every program. */
    Facts load(String programId);

    List<Facts.Program> programs();

    /**
     * Changes whenever the facts this instance reads may have changed: another generation became current, or
     * this instance projected an event. Events other instances project do not change it.
     */
    long version();
}
