package io.pairwise.matching.domain.assignment;

/**
 * The scores the optimiser maximises, as integers. It never holds them all: it asks for one mentee's row at a time
 * and recomputes rather than stores. A negative score means the pair is not allowed.
 */
public interface PairScores {

    int menteeCount();

    int mentorCount();

    /** How many mentees the mentor takes at most. */
    int capacity(int mentor);

    /** Whether the pair is allowed at all; cheaper than scoring it. */
    boolean allowed(int mentee, int mentor);

    /** A row for one thread. */
    Row newRow();

    interface Row {

        void prepare(int mentee);

        /** Scores the prepared mentee against every mentor into {@code scores}. */
        void scoreAll(int[] scores);

        int score(int mentor);
    }
}
