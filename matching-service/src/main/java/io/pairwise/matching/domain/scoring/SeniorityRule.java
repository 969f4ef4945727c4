package io.pairwise.matching.domain.scoring;

import io.pairwise.matching.domain.MentoringType;

/**
 * How well the seniority gap suits the program type: the mentor more senior in career-like programs, more junior
 * in reverse mentoring, about the same in peer and mutual programs. Stages weigh more than years because they
 * reflect role, years only refine within a stage.
 */
final class SeniorityRule {

    private static final double STAGE_SHARE = 0.7;
    private static final double YEARS_SHARE = 0.3;

    private SeniorityRule() {
    }

    /** Fit in [0, 1] of a mentor against a mentee. */
    static double fit(MentoringType type, int menteeStage, int menteeYears, int mentorStage, int mentorYears) {
        int stageGap = mentorStage - menteeStage;
        int yearsGap = mentorYears - menteeYears;
        return switch (type) {
            case CAREER, SITUATIONAL, GROUP -> STAGE_SHARE * olderStage(stageGap) + YEARS_SHARE * olderYears(yearsGap);
            case REVERSE -> STAGE_SHARE * olderStage(-stageGap) + YEARS_SHARE * olderYears(-yearsGap);
            case PEER, MUTUAL -> STAGE_SHARE * sameStage(stageGap) + YEARS_SHARE * sameYears(yearsGap);
        };
    }

    /** One stage ahead is ideal; the same stage still helps a little; three stages ahead is distant. */
    private static double olderStage(int gap) {
        return switch (gap) {
            case 0 -> 0.4;
            case 1 -> 1.0;
            case 2 -> 0.85;
            case 3 -> 0.6;
            default -> 0.0;
        };
    }

    private static double olderYears(int gap) {
        if (gap <= 0) {
            return 0.0;
        }
        if (gap <= 2) {
            return 0.4;
        }
        if (gap <= 4) {
            return 0.8;
        }
        return gap <= 15 ? 1.0 : 0.7;
    }

    private static double sameStage(int gap) {
        return switch (Math.abs(gap)) {
            case 0 -> 1.0;
            case 1 -> 0.5;
            case 2 -> 0.1;
            default -> 0.0;
        };
    }

    private static double sameYears(int gap) {
        int distance = Math.abs(gap);
        if (distance <= 2) {
            return 1.0;
        }
        if (distance <= 5) {
            return 0.6;
        }
        return distance <= 10 ? 0.25 : 0.0;
    }
}
