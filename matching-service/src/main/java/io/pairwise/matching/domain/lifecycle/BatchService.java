package io.pairwise.matching.domain.lifecycle;

import io.pairwise.contracts.matching.ProposalOrigin;
import io.pairwise.contracts.profile.MatchingMode;
import io.pairwise.contracts.profile.MatchingObjective;
import io.pairwise.matching.domain.Explanation;
import io.pairwise.matching.domain.HardConstraint;
import io.pairwise.matching.domain.Objective;
import io.pairwise.matching.domain.Progress;
import io.pairwise.matching.domain.batch.BatchMatcher;
import io.pairwise.matching.domain.batch.Group;
import io.pairwise.matching.domain.batch.Groups;
import io.pairwise.matching.domain.batch.MatchedPair;
import io.pairwise.matching.domain.batch.MatchingResult;
import io.pairwise.matching.domain.batch.Unmatched;
import io.pairwise.matching.domain.pairing.PeerPairing;
import io.pairwise.matching.domain.scoring.MatchingPool;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ExecutorService;

/**
 * Batch optimisation as a job: start (one at a time per program), progress, a draft an admin edits with
 * every hard constraint and capacity checked, and publication as mentorships.
 */
public final class BatchService {

    /** An admin's change to a draft. */
    public enum EditAction {
        ADD,
        MOVE,
        REMOVE
    }

    private final BatchJobs jobs;
    private final Pools pools;
    private final MentorshipService mentorships;
    private final MatchingMetrics metrics;
    private final ExecutorService runner;
    private final Clock clock;

    public BatchService(BatchJobs jobs, Pools pools, MentorshipService mentorships, MatchingMetrics metrics,
                        ExecutorService runner, Clock clock) {
        this.jobs = jobs;
        this.pools = pools;
        this.mentorships = mentorships;
        this.metrics = metrics;
        this.runner = runner;
        this.clock = clock;
    }

    public BatchJob start(String programId, String admin, MatchingObjective objective) {
        Program program = ownedProgram(programId, admin);
        if (program.closed()) {
            throw new RuleViolationException("Program " + programId + " is closed");
        }
        MatchingObjective chosen = objective != null ? objective
                : program.snapshot().matchingRules() != null && program.snapshot().matchingRules().objective() != null
                ? program.snapshot().matchingRules().objective() : MatchingObjective.BEST_TOTAL_FIT;
        BatchJob job = BatchJob.started("bat-" + UUID.randomUUID(), programId, chosen, admin, clock.instant());
        if (!jobs.insertIfNoneRunning(job)) {
            throw new RuleViolationException("A batch of program " + programId + " is already running");
        }
        runner.submit(() -> run(job, program));
        return job;
    }

    public BatchJob job(String jobId, String admin) {
        BatchJob job = jobs.find(jobId).orElseThrow(() -> new NotFoundException("No batch " + jobId));
        ownedProgram(job.programId(), admin);
        return job;
    }

    public List<DraftPair> pairs(String jobId, String admin, int offset, int limit) {
        job(jobId, admin);
        return jobs.pairs(jobId, offset, limit);
    }

    public int pairCount(String jobId) {
        return jobs.pairCount(jobId);
    }

    private void run(BatchJob job, Program program) {
        Instant started = clock.instant();
        try {
            Pools.Pool pool = pools.of(program, started);
            Progress progress = throttled(job.id());
            List<DraftPair> pairs = new ArrayList<>();
            List<BatchJob.UnmatchedEntry> unmatched = new ArrayList<>();
            List<BatchJob.MentorPrice> prices = List.of();
            double total;
            if (program.amongPeers()) {
                PeerPairing.Result result = PeerPairing.pair(pool.scorer(),
                        program.type() == io.pairwise.contracts.profile.MentoringType.MUTUAL, progress);
                for (PeerPairing.Pair pair : result.pairs()) {
                    pairs.add(draftPair(job.id(), pair.first(), pair.second(), pair.explanation(), false));
                }
                result.unmatched().forEach((id, reason) -> unmatched.add(BatchJob.UnmatchedEntry.of(id, "PEER", reason)));
                total = result.totalScore();
            } else {
                MatchingResult result = new BatchMatcher().match(pool.scorer(), Objective.valueOf(job.objective().name()),
                        progress);
                for (MatchedPair pair : result.pairs()) {
                    pairs.add(draftPair(job.id(), pair.menteeId(), pair.mentorId(), pair.explanation(), false));
                }
                for (Unmatched u : result.unmatched()) {
                    unmatched.add(BatchJob.UnmatchedEntry.of(u.participantId(), u.side().name(), u.reason()));
                }
                prices = result.mentorPrices().entrySet().stream()
                        .map(e -> new BatchJob.MentorPrice(e.getKey(), e.getValue())).toList();
                total = result.totalScore();
            }
            Instant now = clock.instant();
            jobs.finish(new BatchJob(job.id(), job.programId(), BatchJob.Status.DRAFT, job.objective(), "DONE",
                    1, 1, job.startedBy(), job.startedAt(), now, now, null, total, pairs.size(), unmatched, prices,
                    0, 0, job.version() + 1), pairs);
            metrics.batchFinished(job.objective().name(), Duration.between(started, now), pairs.size());
        } catch (RuntimeException e) {
            jobs.fail(job.id(), e.getClass().getSimpleName() + ": " + e.getMessage(), clock.instant());
        }
    }

    /** Progress goes to the store at most every 200 ms and at the end of each phase (it is the heartbeat too). */
    private Progress throttled(String jobId) {
        long[] last = {0};
        return (phase, done, total) -> {
            long now = System.nanoTime();
            if (done == total || now - last[0] > 200_000_000L) {
                last[0] = now;
                jobs.progress(jobId, phase.name(), done, total, clock.instant());
            }
        };
    }

    /**
     * Changes the draft: a pair is added or moved only if no hard constraint forbids it and the mentor still
     * has a place in the draft (in peer programs: neither peer is in another pair).
     */
    public BatchJob edit(String jobId, String admin, EditAction action, String menteeId, String mentorId) {
        BatchJob job = job(jobId, admin);
        if (job.status() != BatchJob.Status.DRAFT) {
            throw new RuleViolationException("Only a draft can be edited; batch " + jobId + " is " + job.status());
        }
        Program program = mentorships.program(job.programId());
        List<BatchJob.UnmatchedEntry> unmatched = new ArrayList<>(job.unmatched());
        DraftPair current = jobs.pair(jobId, menteeId).orElse(null);
        if (action == EditAction.REMOVE) {
            if (current == null) {
                throw new NotFoundException("No pair of " + menteeId + " in batch " + jobId);
            }
            jobs.removePair(jobId, menteeId);
            String side = program.amongPeers() ? "PEER" : "MENTEE";
            unmatched.add(new BatchJob.UnmatchedEntry(menteeId, side, "REMOVED_IN_EDIT"));
            if (program.amongPeers()) {
                unmatched.add(new BatchJob.UnmatchedEntry(current.mentorId(), side, "REMOVED_IN_EDIT"));
            }
        } else {
            if (mentorId == null) {
                throw new InvalidInputException("mentorId", "is required to " + action.name().toLowerCase(java.util.Locale.ROOT)
                        + " a pair", null);
            }
            if (action == EditAction.ADD && current != null) {
                throw new RuleViolationException(menteeId + " is already paired in this draft; move the pair instead");
            }
            if (action == EditAction.MOVE && current == null) {
                throw new NotFoundException("No pair of " + menteeId + " in batch " + jobId);
            }
            Pools.Pool pool = pools.of(program, clock.instant());
            DraftPair pair = program.amongPeers() ? checkPeers(jobId, pool, menteeId, mentorId)
                    : checkPair(jobId, pool, menteeId, mentorId, current);
            jobs.savePair(pair);
            unmatched.removeIf(u -> u.participantId().equals(menteeId)
                    || program.amongPeers() && u.participantId().equals(mentorId));
        }
        BatchJob changed = new BatchJob(job.id(), job.programId(), job.status(), job.objective(), job.phase(),
                job.done(), job.total(), job.startedBy(), job.startedAt(), job.heartbeatAt(), job.finishedAt(),
                job.error(), jobs.allPairs(jobId).stream().mapToDouble(DraftPair::score).sum(), jobs.pairCount(jobId),
                unmatched, job.prices(), 0, 0, job.version() + 1);
        if (!jobs.update(changed, job.version())) {
            throw new ConcurrentUpdateException("Batch", jobId);
        }
        return changed;
    }

    private DraftPair checkPair(String jobId, Pools.Pool pool, String menteeId, String mentorId, DraftPair current) {
        MatchingPool p = pool.pool();
        int mentee = p.menteeIndex(menteeId);
        int mentor = p.mentorIndex(mentorId);
        if (mentee < 0) {
            throw new InvalidInputException("menteeId", "is not an unmatched mentee of the program", menteeId);
        }
        if (mentor < 0) {
            throw new InvalidInputException("mentorId", "is not a mentor of the program", mentorId);
        }
        requireAllowed(pool.scorer().violations(mentee, mentor));
        long taken = jobs.pairsWith(jobId, mentorId).stream()
                .filter(pair -> pair.mentorId().equals(mentorId) && !pair.menteeId().equals(menteeId)).count();
        if (taken >= p.capacity(mentor)) {
            metrics.capacityConflict();
            throw new CapacityConflictException(mentorId);
        }
        return draftPair(jobId, menteeId, mentorId, pool.scorer().explain(mentee, mentor), true);
    }

    private DraftPair checkPeers(String jobId, Pools.Pool pool, String first, String second) {
        MatchingPool p = pool.pool();
        int a = p.menteeIndex(first);
        int b = p.menteeIndex(second);
        if (a < 0 || b < 0) {
            throw new InvalidInputException(a < 0 ? "menteeId" : "mentorId",
                    "is not an unmatched participant of the program", a < 0 ? first : second);
        }
        List<HardConstraint> broken = new ArrayList<>(pool.scorer().violations(a, b));
        pool.scorer().violations(b, a).stream().filter(c -> !broken.contains(c)).forEach(broken::add);
        requireAllowed(broken);
        for (String id : List.of(first, second)) {
            if (jobs.pairsWith(jobId, id).stream().anyMatch(pair -> !pair.menteeId().equals(first))) {
                throw new RuleViolationException(id + " is already paired in this draft");
            }
        }
        return draftPair(jobId, first, second, PeerPairing.explain(pool.scorer(), a, b), true);
    }

    private static void requireAllowed(List<HardConstraint> broken) {
        if (!broken.isEmpty()) {
            throw new RuleViolationException("The pair breaks the program's hard constraints: " + broken);
        }
    }

    /**
     * Publishes the draft: admin-batch programs get active mentorships at once (the admin decided), automatic
     * and mentee-choice programs get proposals every member accepts. Groups form per mentor. Safe to call
     * again after a failure: ids are derived from the job, so what was published stays published once.
     */
    public BatchJob publish(String jobId, String admin) {
        BatchJob job = job(jobId, admin);
        if (job.status() != BatchJob.Status.DRAFT && job.status() != BatchJob.Status.PUBLISHING) {
            throw new RuleViolationException("Only a draft can be published; batch " + jobId + " is " + job.status());
        }
        BatchJob publishing = with(job, BatchJob.Status.PUBLISHING, 0, 0);
        if (!jobs.update(publishing, job.version())) {
            throw new ConcurrentUpdateException("Batch", jobId);
        }
        Program program = mentorships.program(job.programId());
        boolean proposeFirst = program.mode() != MatchingMode.ADMIN_BATCH;
        ProposalOrigin origin = program.mode() == MatchingMode.AUTOMATIC ? ProposalOrigin.AUTOMATIC
                : ProposalOrigin.ADMIN_BATCH;
        Instant now = clock.instant();
        List<DraftPair> pairs = jobs.allPairs(jobId);
        int published = 0;
        int conflicts = 0;
        if (program.groups()) {
            Pools.Pool pool = pools.of(program, now);
            for (Group group : groups(pairs, pool)) {
                List<String> mentees = group.members().stream().map(MatchedPair::menteeId).toList();
                Explanation average = new Explanation(group.averageScore(), Map.of(), List.of());
                Mentorship.Terms terms = mentorships.terms(jobId + "-" + group.mentorId(), program, origin, true,
                        List.of(group.mentorId()), mentees, average, group.sharedGoals(), now);
                if (mentorships.publish(terms, proposeFirst, program)) {
                    published++;
                } else {
                    conflicts++;
                }
            }
        } else {
            for (DraftPair pair : pairs) {
                Mentorship.Terms terms = new Mentorship.Terms(jobId + "-" + pair.menteeId(), program.id(), origin,
                        false, List.of(pair.mentorId()), List.of(pair.menteeId()), pair.score(), pair.contributions(),
                        pair.reasons(), List.of(), program.snapshot().cadenceDays(),
                        program.plannedEnd(java.time.LocalDate.ofInstant(now, java.time.ZoneOffset.UTC)));
                if (mentorships.publish(terms, proposeFirst, program)) {
                    published++;
                } else {
                    conflicts++;
                }
            }
        }
        BatchJob done = with(publishing, BatchJob.Status.PUBLISHED, published, conflicts);
        jobs.update(done, publishing.version());
        return done;
    }

    private static List<Group> groups(List<DraftPair> pairs, Pools.Pool pool) {
        List<MatchedPair> matched = pairs.stream()
                .filter(p -> pool.pool().menteeIndex(p.menteeId()) >= 0)
                .map(p -> new MatchedPair(p.menteeId(), p.mentorId(), new Explanation(p.score(), Map.of(), List.of())))
                .toList();
        MatchingResult result = new MatchingResult(Objective.BEST_TOTAL_FIT, matched, List.of(),
                matched.stream().mapToDouble(MatchedPair::score).sum(), Map.of(), null);
        return Groups.of(result, pool.pool());
    }

    /** Marks batches whose instance stopped as failed, so the admin can start again. */
    public int failStale(Duration silence) {
        Instant now = clock.instant();
        return jobs.failStale(now.minus(silence), now);
    }

    private static BatchJob with(BatchJob job, BatchJob.Status status, int published, int conflicts) {
        return new BatchJob(job.id(), job.programId(), status, job.objective(), job.phase(), job.done(), job.total(),
                job.startedBy(), job.startedAt(), job.heartbeatAt(), job.finishedAt(), job.error(), job.totalScore(),
                job.matched(), job.unmatched(), job.prices(), published, conflicts, job.version() + 1);
    }

    private Program ownedProgram(String programId, String admin) {
        Program program = mentorships.program(programId);
        if (!program.ownedBy(admin)) {
            throw new NotFoundException("No program " + programId + " of yours");
        }
        return program;
    }

    static DraftPair draftPair(String jobId, String menteeId, String mentorId, Explanation explanation, boolean edited) {
        Map<String, Double> contributions = new LinkedHashMap<>();
        explanation.contributions().forEach((criterion, value) -> contributions.put(criterion.name(), value));
        return new DraftPair(jobId, menteeId, mentorId, explanation.score(), contributions, explanation.reasons(), edited);
    }
}
