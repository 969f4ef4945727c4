package io.pairwise.matching.domain.scoring;

import io.pairwise.matching.domain.Criterion;
import io.pairwise.matching.domain.Explanation;
import java.util.Arrays;

/**
 * Scores one mentee against mentors. {@link #prepare} turns the mentee into small tables indexed by the mentors'
 * codes (time-zone offset, language set, stage and years, style, cadence and modes, department), with the weights
 * and the time-zone and language rules folded in, so a pair costs a few table reads, two bit counts and no
 * branch. Skill fit is added goal by goal along the list of mentors offering that skill, so pairs without a shared
 * goal cost nothing there. Not thread-safe: one per thread.
 */
public final class RowScorer {

    private static final int LEVELS = 6;
    private static final int YEAR_SLOTS = Features.MAX_YEARS + 1;
    /** Working hours are 09:00-17:00 local: 32 quarter hours. */
    private static final int WORKING_QUARTER_HOURS = 32;
    private static final int DAY_QUARTER_HOURS = 96;
    /** Added for a pair the time-zone or language rule excludes: no sum of criteria brings it back above zero. */
    private static final double EXCLUDED = -1e9;

    private final CompatibilityScorer scorer;
    private final Features mentees;
    private final Features mentors;
    private final Codes codes;
    private final double wSkill;
    private final double wSeniority;
    private final double wTimeZone;
    private final double wLanguage;
    private final double wStyle;
    private final double wMeeting;
    private final double wDepartment;

    // Tables of the prepared mentee, by mentor code; weighted, exclusions folded in.
    private final double[] offsetTable;
    private final double[] languageTable;
    private final double[] seniorityTable = new double[4 * YEAR_SLOTS];
    private final double[] meetingTable;
    private final double[] departmentTable;
    // Unweighted parts of style and values.
    private final double[] styleFit = new double[9];
    private final double[] valueShare;
    private final double[] interestShare;
    /** Per goal of the mentee (in order), the weight of a mentor's level 0-5 in it. */
    private final int[] goalSkill;
    private final double[] goalWeight;
    private final double[] sums;

    private int mentee = -1;
    private int goals;
    private int firstLanguage;
    private int languageOffset;
    private int valueOffset;
    private int interestOffset;
    /** Most pools name fewer than 64 values and interests: then each set is one long, read without a loop. */
    private final boolean oneWordSets;
    private long rowValues;
    private long rowInterests;

    RowScorer(CompatibilityScorer scorer) {
        this.scorer = scorer;
        mentees = scorer.mentees;
        mentors = scorer.mentors;
        codes = scorer.codes;
        double[] w = scorer.weights;
        wSkill = w[Criterion.SKILL_FIT.ordinal()];
        wSeniority = w[Criterion.SENIORITY_GAP.ordinal()];
        wTimeZone = w[Criterion.TIME_ZONE_OVERLAP.ordinal()];
        wLanguage = w[Criterion.SHARED_LANGUAGE.ordinal()];
        wStyle = w[Criterion.STYLE_AND_VALUES.ordinal()];
        wMeeting = w[Criterion.MEETING_PREFERENCES.ordinal()];
        wDepartment = w[Criterion.CROSS_DEPARTMENT.ordinal()];
        offsetTable = new double[codes.offsets.length];
        languageTable = new double[codes.languageSets.length / mentors.languageWords];
        meetingTable = new double[codes.cadences.length * Codes.MODE_MASKS];
        departmentTable = new double[scorer.vocabularies.departments().size() + 1];
        valueShare = new double[Arrays.stream(mentors.valueCount).max().orElse(0) + 1];
        interestShare = new double[Arrays.stream(mentors.interestCount).max().orElse(0) + 1];
        int maxGoals = 0;
        for (int i = 0; i < mentees.count; i++) {
            maxGoals = Math.max(maxGoals, mentees.goalStart[i + 1] - mentees.goalStart[i]);
        }
        goalSkill = new int[maxGoals];
        goalWeight = new double[maxGoals * LEVELS];
        sums = new double[mentors.count];
        oneWordSets = mentors.valueWords == 1 && mentors.interestWords == 1;
    }

    /** Makes this row score the given mentee. */
    public void prepare(int menteeIndex) {
        mentee = menteeIndex;
        firstLanguage = mentees.firstLanguage[mentee];
        languageOffset = mentee * mentees.languageWords;
        valueOffset = mentee * mentees.valueWords;
        interestOffset = mentee * mentees.interestWords;
        rowValues = mentees.values[valueOffset];
        rowInterests = mentees.interests[interestOffset];

        // A goal weighs by its rarity, the mentor's level scales it, and teaching needs a level above the mentee's.
        goals = mentees.goalStart[mentee + 1] - mentees.goalStart[mentee];
        double raritySum = 0;
        for (int k = 0; k < goals; k++) {
            goalSkill[k] = mentees.goalSkill[mentees.goalStart[mentee] + k];
            raritySum += scorer.rarity[goalSkill[k]];
        }
        for (int k = 0; k < goals; k++) {
            int own = mentees.level(mentee, goalSkill[k]);
            for (int level = 0; level < LEVELS; level++) {
                goalWeight[k * LEVELS + level] = level <= own ? 0.0
                        : scorer.rarity[goalSkill[k]] / raritySum * level / (LEVELS - 1);
            }
        }
        for (int c = 0; c < offsetTable.length; c++) {
            int distance = distance(mentees.offsetQuarterHours[mentee], codes.offsets[c]);
            offsetTable[c] = distance > scorer.maxDistanceQuarterHours ? EXCLUDED : wTimeZone * timeZoneFit(distance);
        }
        for (int c = 0; c < languageTable.length; c++) {
            boolean excluded = scorer.policy.sameLanguageRequired() && common(mentees.languages, languageOffset,
                    codes.languageSets, c * mentors.languageWords, mentors.languageWords) == 0;
            languageTable[c] = excluded ? EXCLUDED : wLanguage * languageFit(c);
        }
        for (int stage = 0; stage < 4; stage++) {
            for (int years = 0; years < YEAR_SLOTS; years++) {
                seniorityTable[stage * YEAR_SLOTS + years] = wSeniority * SeniorityRule.fit(
                        scorer.policy.mentoringType(), mentees.stage[mentee], mentees.years[mentee], stage, years);
            }
        }
        for (int code = 0; code < meetingTable.length; code++) {
            meetingTable[code] = wMeeting * meetingFit(code);
        }
        for (int code = 0; code < departmentTable.length; code++) {
            departmentTable[code] = wDepartment * departmentFit(code - 1);
        }
        int style = mentees.style[mentee];
        for (int code = 0; code < styleFit.length; code++) {
            styleFit[code] = (axisFit(style / 3, code / 3) + axisFit(style % 3, code % 3)) / 2;
        }
        share(valueShare, mentees.valueCount[mentee]);
        share(interestShare, mentees.interestCount[mentee]);
    }

    /** The mentee this row scores. */
    public int mentee() {
        return mentee;
    }

    /**
     * Scores the mentee against every mentor: {@code scores[j]} becomes an integer in [0, SCALE], or negative when
     * a hard constraint rules the pair out.
     */
    public void scoreAll(int[] scores) {
        double[] sums = this.sums;
        for (int j = 0; j < sums.length; j++) {
            sums[j] = base(j);
        }
        for (int k = 0; k < goals; k++) {
            int skill = goalSkill[k];
            int weights = k * LEVELS;
            for (int o = scorer.offerStart[skill], end = scorer.offerStart[skill + 1]; o < end; o++) {
                sums[scorer.offerMentor[o]] += wSkill * goalWeight[weights + scorer.offerLevel[o]];
            }
        }
        for (int j = 0; j < sums.length; j++) {
            scores[j] = quantise(sums[j]);
        }
        for (int b = scorer.blockedStart[mentee]; b < scorer.blockedStart[mentee + 1]; b++) {
            scores[scorer.blocked[b]] = CompatibilityScorer.NOT_ALLOWED;
        }
    }

    /** The pair's score, an integer in [0, SCALE], or NOT_ALLOWED. Adds up exactly as {@link #scoreAll} does. */
    public int score(int mentor) {
        if (Arrays.binarySearch(scorer.blocked, scorer.blockedStart[mentee], scorer.blockedStart[mentee + 1],
                mentor) >= 0) {
            return CompatibilityScorer.NOT_ALLOWED;
        }
        double sum = base(mentor);
        for (int k = 0; k < goals; k++) {
            int level = mentors.level(mentor, goalSkill[k]);
            if (level > 0) {
                sum += wSkill * goalWeight[k * LEVELS + level];
            }
        }
        return quantise(sum);
    }

    /** The score with each criterion's contribution and the strongest reasons; for an allowed pair. */
    public Explanation explain(int mentor) {
        int score = score(mentor);
        if (score == CompatibilityScorer.NOT_ALLOWED) {
            throw new IllegalArgumentException("a hard constraint rules the pair out: mentee " + mentee
                    + ", mentor " + mentor);
        }
        return new Explainer(scorer, this).explain(mentor, (double) score / CompatibilityScorer.SCALE);
    }

    /** Every criterion but skill fit, weighted; hugely negative when the time-zone or language rule excludes. */
    private double base(int j) {
        return offsetTable[codes.offsetCode[j]]
                + languageTable[codes.languageSetCode[j]]
                + seniorityTable[scorer.mentorSeniorityCode[j]]
                + wStyle * styleAndValuesFit(j)
                + meetingTable[codes.meetingCode[j]]
                + departmentTable[mentors.department[j] + 1];
    }

    private static int quantise(double sum) {
        // An excluded sum saturates the cast at Integer.MIN_VALUE; max() keeps the result branch-free.
        return Math.max(CompatibilityScorer.NOT_ALLOWED, (int) (sum * CompatibilityScorer.SCALE + 0.5));
    }

    // Unweighted criteria in [0, 1], for the tables above and for explanations.

    /** Every criterion's unweighted value for one mentor, by criterion ordinal. */
    double[] criteria(int j) {
        double[] values = new double[Criterion.values().length];
        values[Criterion.SKILL_FIT.ordinal()] = skillFit(j);
        values[Criterion.SENIORITY_GAP.ordinal()] = seniorityFit(j);
        values[Criterion.TIME_ZONE_OVERLAP.ordinal()] = timeZoneFit(distanceQuarterHours(j));
        values[Criterion.SHARED_LANGUAGE.ordinal()] = languageFit(codes.languageSetCode[j]);
        values[Criterion.STYLE_AND_VALUES.ordinal()] = styleAndValuesFit(j);
        values[Criterion.MEETING_PREFERENCES.ordinal()] = meetingFit(codes.meetingCode[j]);
        values[Criterion.CROSS_DEPARTMENT.ordinal()] = departmentFit(mentors.department[j]);
        return values;
    }

    double skillFit(int j) {
        double fit = 0;
        for (int k = 0; k < goals; k++) {
            fit += goalWeight[k * LEVELS + mentors.level(j, goalSkill[k])];
        }
        return fit;
    }

    /** Weight of a mentor's level in a skill; 0 when it is none of the mentee's goals or the mentor knows less. */
    double skillWeight(int skill, int level) {
        for (int k = 0; k < goals; k++) {
            if (goalSkill[k] == skill) {
                return goalWeight[k * LEVELS + level];
            }
        }
        return 0.0;
    }

    double seniorityFit(int j) {
        return SeniorityRule.fit(scorer.policy.mentoringType(), mentees.stage[mentee], mentees.years[mentee],
                mentors.stage[j], mentors.years[j]);
    }

    static double timeZoneFit(int distanceQuarterHours) {
        return Math.max(0, WORKING_QUARTER_HOURS - distanceQuarterHours) / (double) WORKING_QUARTER_HOURS;
    }

    int distanceQuarterHours(int j) {
        return distance(mentees.offsetQuarterHours[mentee], mentors.offsetQuarterHours[j]);
    }

    /** Sharing the mentee's first language is best, any other shared one is good, unknown is neutral. */
    double languageFit(int languageSetCode) {
        int offset = languageSetCode * mentors.languageWords;
        boolean known = false;
        for (int w = 0; w < mentors.languageWords; w++) {
            known |= codes.languageSets[offset + w] != 0;
        }
        if (firstLanguage == Features.UNKNOWN || !known) {
            return 0.5;
        }
        if (Features.hasBit(codes.languageSets, offset, firstLanguage)) {
            return 1.0;
        }
        return common(mentees.languages, languageOffset, codes.languageSets, offset, mentors.languageWords) > 0
                ? 0.75 : 0.0;
    }

    /** Half communication style (unknown axes neutral), the rest shared values and, less, shared interests. */
    double styleAndValuesFit(int j) {
        int values;
        int interests;
        if (oneWordSets) {
            values = Long.bitCount(rowValues & mentors.values[j]);
            interests = Long.bitCount(rowInterests & mentors.interests[j]);
        } else {
            values = common(mentees.values, valueOffset, mentors.values, j * mentors.valueWords, mentors.valueWords);
            interests = common(mentees.interests, interestOffset, mentors.interests, j * mentors.interestWords,
                    mentors.interestWords);
        }
        return 0.5 * styleFit[mentors.style[j]] + 0.3 * values * valueShare[mentors.valueCount[j]]
                + 0.2 * interests * interestShare[mentors.interestCount[j]];
    }

    /** Half the meeting mode (the mentee's first choice best), half how close the preferred cadences are. */
    double meetingFit(int meetingCode) {
        int modes = mentees.modes[mentee];
        int mask = meetingCode % Codes.MODE_MASKS;
        double modeFit;
        if (modes == 0 || mask == 0) {
            modeFit = 0.5;
        } else if ((mask & 1 << mentees.firstMode[mentee]) != 0) {
            modeFit = 1.0;
        } else {
            modeFit = (mask & modes) != 0 ? 0.6 : 0.0;
        }
        int cadence = mentees.cadenceDays[mentee];
        int other = codes.cadences[meetingCode / Codes.MODE_MASKS];
        double cadenceFit = cadence == 0 || other == 0 ? 0.5
                : (double) Math.min(cadence, other) / Math.max(cadence, other);
        return 0.5 * modeFit + 0.5 * cadenceFit;
    }

    double departmentFit(int otherDepartment) {
        int department = mentees.department[mentee];
        if (department == Features.UNKNOWN || otherDepartment == Features.UNKNOWN) {
            return 0.5;
        }
        return otherDepartment != department ? 1.0 : 0.0;
    }

    /** Distance between two UTC offsets around the clock, in quarter hours (UTC+14 and UTC-12 are 2 h apart). */
    static int distance(int offset, int otherOffset) {
        int distance = Math.abs(offset - otherOffset) % DAY_QUARTER_HOURS;
        return Math.min(distance, DAY_QUARTER_HOURS - distance);
    }

    static int common(long[] a, int aOffset, long[] b, int bOffset, int words) {
        int common = 0;
        for (int w = 0; w < words; w++) {
            common += Long.bitCount(a[aOffset + w] & b[bOffset + w]);
        }
        return common;
    }

    private static double axisFit(int mine, int theirs) {
        if (mine == 0 || theirs == 0) {
            return 0.5;
        }
        return mine == theirs ? 1.0 : 0.0;
    }

    /** Shared items count relative to the shorter list, so a person who names few values is not penalised. */
    private static void share(double[] table, int mine) {
        for (int theirs = 0; theirs < table.length; theirs++) {
            table[theirs] = mine == 0 || theirs == 0 ? 0.0 : 1.0 / Math.min(mine, theirs);
        }
    }
}
