package io.pairwise.matching.domain.assignment;

import java.util.Random;

/** Scores from a dense matrix, for tests: a negative entry is a pair that is not allowed. */
record MatrixScores(int[][] scores, int[] capacities) implements PairScores {

    /**
     * Random scores in [0, maxScore] (small ranges give many ties), a share of pairs not allowed, and capacities
     * 0 to maxCapacity.
     */
    static MatrixScores random(Random random, int mentees, int mentors, int maxScore, double notAllowed,
                               int maxCapacity) {
        int[][] scores = new int[mentees][mentors];
        for (int[] row : scores) {
            for (int j = 0; j < mentors; j++) {
                row[j] = random.nextDouble() < notAllowed ? -1 : random.nextInt(maxScore + 1);
            }
        }
        int[] capacities = new int[mentors];
        for (int j = 0; j < mentors; j++) {
            capacities[j] = random.nextInt(maxCapacity + 1);
        }
        return new MatrixScores(scores, capacities);
    }

    @Override
    public int menteeCount() {
        return scores.length;
    }

    @Override
    public int mentorCount() {
        return capacities.length;
    }

    @Override
    public int capacity(int mentor) {
        return capacities[mentor];
    }

    @Override
    public boolean allowed(int mentee, int mentor) {
        return scores[mentee][mentor] >= 0;
    }

    @Override
    public Row newRow() {
        return new Row() {
            private int mentee;

            @Override
            public void prepare(int mentee) {
                this.mentee = mentee;
            }

            @Override
            public void scoreAll(int[] out) {
                System.arraycopy(scores[mentee], 0, out, 0, out.length);
            }

            @Override
            public int score(int mentor) {
                return scores[mentee][mentor];
            }
        };
    }
}
