package io.pairwise.analytics.domain;

import java.time.Instant;
import java.util.List;

/**
 * A mentorship (or a proposal still waiting) that needs the program owner's attention, with every
 * reason that applies.
 */
public record AtRisk(String programId, String mentorshipId, Subject subject, List<String> mentorIds,
                     List<String> menteeIds, List<Reason> reasons) {

    public AtRisk {
        mentorIds = List.copyOf(mentorIds);
        menteeIds = List.copyOf(menteeIds);
        reasons = List.copyOf(reasons);
    }

    public enum Subject {
        MENTORSHIP,
        PROPOSAL
    }

    public enum Code {
        NO_RECENT_SESSION,
        FALLING_RATINGS,
        REQUEST_UNANSWERED,
        NO_FIRST_SESSION
    }

    /**
     * @param since  the time the reason counts from (last session, match, proposal)
     * @param detail the figures behind it, in English
     */
    public record Reason(Code code, Instant since, String detail) {
    }
}
