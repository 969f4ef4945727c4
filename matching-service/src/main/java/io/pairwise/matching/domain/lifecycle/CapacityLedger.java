package io.pairwise.matching.domain.lifecycle;

import java.util.Map;

/**
 * A mentor's places in a program. Claims and releases are single atomic conditional writes, so two
 * acceptances racing for the last place can never both win; a slot names what holds it, so a retried
 * claim for the same mentorship does not take a second place.
 */
public interface CapacityLedger {

    void setCapacity(String programId, String mentorId, int capacity);

    /** Takes a place for the slot; false when none is free (and nothing changed). */
    boolean claim(String programId, String mentorId, String slot);

    void release(String programId, String mentorId, String slot);

    /** Free places per mentor of the program (negative when capacity was lowered below what is taken). */
    Map<String, Integer> free(String programId);
}
