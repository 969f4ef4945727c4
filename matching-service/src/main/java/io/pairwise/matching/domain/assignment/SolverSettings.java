package io.pairwise.matching.domain.assignment;

/**
 * Tuning of the optimiser; none of it changes the result, only how fast it gets there.
 *
 * @param menteeCandidates each mentee's best mentors kept in the candidate graph
 * @param mentorCandidates each mentor's best mentees kept in the candidate graph; the graph must be two-sided, or
 *                         popular mentors collect every edge
 * @param reserve          pairs per participant, at least, kept with their scores for certification; more
 *                         memory, fewer pairs scored again
 * @param threads          threads for the passes over all pairs
 */
public record SolverSettings(int menteeCandidates, int mentorCandidates, int reserve, int threads) {

    public SolverSettings {
        if (menteeCandidates < 1 || mentorCandidates < 1 || threads < 1) {
            throw new IllegalArgumentException("candidates and threads must be positive");
        }
        if (reserve < Math.max(menteeCandidates, mentorCandidates)) {
            throw new IllegalArgumentException("the reserve must hold at least the candidates");
        }
    }

    public static SolverSettings defaults() {
        return new SolverSettings(8, 16, 256, Runtime.getRuntime().availableProcessors());
    }

    public SolverSettings withThreads(int count) {
        return new SolverSettings(menteeCandidates, mentorCandidates, reserve, count);
    }
}
