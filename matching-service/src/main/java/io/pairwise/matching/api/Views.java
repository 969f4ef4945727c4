package io.pairwise.matching.api;

import io.pairwise.contracts.matching.EndReason;
import io.pairwise.contracts.matching.ProposalOrigin;
import io.pairwise.contracts.profile.MatchingObjective;
import io.pairwise.matching.domain.Criterion;
import io.pairwise.matching.domain.Explanation;
import io.pairwise.matching.domain.Reason;
import io.pairwise.matching.domain.lifecycle.BatchJob;
import io.pairwise.matching.domain.lifecycle.DraftPair;
import io.pairwise.matching.domain.lifecycle.Mentorship;
import io.pairwise.matching.domain.lifecycle.MentorshipStatus;
import io.pairwise.matching.domain.lifecycle.Reflection;
import io.pairwise.matching.domain.suggestion.Suggestion;
import io.swagger.v3.oas.annotations.media.Schema;
import java.time.Instant;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** What the API returns: plain records, mapped from the domain in one place. */
final class Views {

    private Views() {
    }

    @Schema(description = "One reason behind a score: a code and arguments to localise, and the English text")
    record ReasonView(String criterion, String code, Map<String, String> arguments, String text) {
        static ReasonView of(Reason r) {
            return new ReasonView(r.criterion().name(), r.code(), r.arguments(), r.text());
        }
    }

    @Schema(description = "A suggested mentor: rank, score in [0, 1], each criterion's contribution and the reasons")
    record SuggestionView(int rank, String mentorId, double score, double price, Map<String, Double> contributions,
                          List<ReasonView> reasons) {
        static SuggestionView of(Suggestion s) {
            return new SuggestionView(s.rank(), s.mentorId(), s.score(), s.price(), Views.contributions(s.explanation()),
                    s.explanation().reasons().stream().map(ReasonView::of).toList());
        }
    }

    record Page<T>(List<T> items, int total, int offset, int limit) {
    }

    @Schema(description = "A closing reflection; members see their own, program admins every one")
    record ReflectionView(String participantId, String text, Instant writtenAt) {
        static ReflectionView of(Reflection r) {
            return new ReflectionView(r.participantId(), r.text(), r.writtenAt());
        }
    }

    @Schema(description = "A mentorship or a request: members, status, fit, terms and history")
    record MentorshipView(String id, String programId, ProposalOrigin origin, boolean group, List<String> mentorIds,
                          List<String> menteeIds, MentorshipStatus status, double score,
                          Map<String, Double> contributions, List<ReasonView> reasons, List<String> sharedGoals,
                          List<String> awaitingParticipantIds, Instant expiresAt, int cadenceDays,
                          LocalDate plannedEndDate, Instant proposedAt, Instant startedAt, Instant endedAt,
                          EndReason endReason, String endedBy, List<ReflectionView> reflections, long version) {

        static MentorshipView of(Mentorship m, String caller, boolean admin) {
            return new MentorshipView(m.id(), m.programId(), m.origin(), m.group(), m.mentorIds(), m.menteeIds(),
                    m.status(), m.score(), m.contributions(), m.reasons().stream().map(ReasonView::of).toList(),
                    m.sharedGoals(), m.awaiting(), m.expiresAt(), m.cadenceDays(), m.plannedEndDate(), m.proposedAt(),
                    m.startedAt(), m.endedAt(), m.endReason(), m.endedBy(), m.reflections().stream()
                    .filter(r -> admin || r.participantId().equals(caller)).map(ReflectionView::of).toList(),
                    m.version());
        }
    }

    record Progress(String phase, long done, long total) {
    }

    @Schema(description = "A batch optimisation: its progress while it runs, then the draft's totals and who is left out")
    record BatchView(String id, String programId, BatchJob.Status status, MatchingObjective objective,
                     Progress progress, Instant startedAt, Instant finishedAt, String error, double totalScore,
                     int matched, List<BatchJob.UnmatchedEntry> unmatched, int published, int conflicts) {
        static BatchView of(BatchJob j) {
            return new BatchView(j.id(), j.programId(), j.status(), j.objective(),
                    new Progress(j.phase(), j.done(), j.total()), j.startedAt(), j.finishedAt(), j.error(),
                    j.totalScore(), j.matched(), j.unmatched(), j.published(), j.conflicts());
        }
    }

    @Schema(description = "A pair of the draft: its score, each criterion's contribution and the reasons")
    record DraftPairView(String menteeId, String mentorId, double score, Map<String, Double> contributions,
                         List<ReasonView> reasons, boolean edited) {
        static DraftPairView of(DraftPair p) {
            return new DraftPairView(p.menteeId(), p.mentorId(), p.score(), p.contributions(),
                    p.reasons().stream().map(ReasonView::of).toList(), p.edited());
        }
    }

    static Map<String, Double> contributions(Explanation explanation) {
        Map<String, Double> map = new LinkedHashMap<>();
        for (Criterion c : Criterion.values()) {
            map.put(c.name(), explanation.contributions().getOrDefault(c, 0.0));
        }
        return map;
    }
}
