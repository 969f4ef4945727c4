package io.pairwise.matching.domain.scoring;

import io.pairwise.matching.domain.Participant;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * The mentees and mentors of one program at one moment, with the history matching must respect. Immutable;
 * participants are addressed by their position (index) in the mentee or mentor list.
 */
public final class MatchingPool {

    private final Instant offsetsAt;
    private final List<Participant> mentees;
    private final List<Participant> mentors;
    private final int[] capacities;
    private final Map<String, Integer> menteeIndex;
    private final Map<String, Integer> mentorIndex;
    private final Map<String, Set<String>> endedEarly;

    private MatchingPool(Builder builder) {
        offsetsAt = builder.offsetsAt;
        mentees = List.copyOf(builder.mentees);
        mentors = List.copyOf(builder.mentors);
        capacities = builder.capacities.stream().mapToInt(Integer::intValue).toArray();
        menteeIndex = indexById(mentees, "mentee");
        mentorIndex = indexById(mentors, "mentor");
        endedEarly = new HashMap<>();
        builder.endedEarly.forEach((id, others) -> endedEarly.put(id, Set.copyOf(others)));
    }

    /**
     * @param offsetsAt the moment at which time-zone offsets are compared (daylight saving differs over the year);
     *                  typically the program's start
     */
    public static Builder builder(Instant offsetsAt) {
        return new Builder(offsetsAt);
    }

    public Instant offsetsAt() {
        return offsetsAt;
    }

    public int menteeCount() {
        return mentees.size();
    }

    public int mentorCount() {
        return mentors.size();
    }

    public Participant mentee(int index) {
        return mentees.get(index);
    }

    public Participant mentor(int index) {
        return mentors.get(index);
    }

    public List<Participant> mentees() {
        return mentees;
    }

    public List<Participant> mentors() {
        return mentors;
    }

    /** How many more mentees the mentor takes in this matching. */
    public int capacity(int mentor) {
        return capacities[mentor];
    }

    /** The mentee's index, or -1 when the id is not a mentee of this pool. */
    public int menteeIndex(String id) {
        return menteeIndex.getOrDefault(id, -1);
    }

    /** The mentor's index, or -1 when the id is not a mentor of this pool. */
    public int mentorIndex(String id) {
        return mentorIndex.getOrDefault(id, -1);
    }

    /** People whose mentorship with this participant ended early, in either role: they are never paired again. */
    public Set<String> endedEarlyWith(String participantId) {
        return endedEarly.getOrDefault(participantId, Set.of());
    }

    private static Map<String, Integer> indexById(List<Participant> participants, String role) {
        Map<String, Integer> index = new HashMap<>(participants.size() * 2);
        for (int i = 0; i < participants.size(); i++) {
            if (index.put(participants.get(i).id(), i) != null) {
                throw new IllegalArgumentException("duplicate " + role + ": " + participants.get(i).id());
            }
        }
        return index;
    }

    public static final class Builder {

        private final Instant offsetsAt;
        private final List<Participant> mentees = new ArrayList<>();
        private final List<Participant> mentors = new ArrayList<>();
        private final List<Integer> capacities = new ArrayList<>();
        private final Map<String, Set<String>> endedEarly = new HashMap<>();

        private Builder(Instant offsetsAt) {
            this.offsetsAt = Objects.requireNonNull(offsetsAt, "offsetsAt");
        }

        public Builder mentee(Participant mentee) {
            mentees.add(Objects.requireNonNull(mentee, "mentee"));
            return this;
        }

        /** @param capacity mentees the mentor can still take; 0 keeps them visible but never assigned */
        public Builder mentor(Participant mentor, int capacity) {
            if (capacity < 0) {
                throw new IllegalArgumentException("capacity must not be negative: " + mentor.id());
            }
            mentors.add(Objects.requireNonNull(mentor, "mentor"));
            capacities.add(capacity);
            return this;
        }

        /**
         * A mentorship of these two ended early (not a fit, conflict): they are never paired again, whichever of
         * them mentors.
         */
        public Builder endedEarly(String participantId, String otherId) {
            endedEarly.computeIfAbsent(participantId, id -> new HashSet<>()).add(otherId);
            endedEarly.computeIfAbsent(otherId, id -> new HashSet<>()).add(participantId);
            return this;
        }

        public MatchingPool build() {
            return new MatchingPool(this);
        }
    }
}
