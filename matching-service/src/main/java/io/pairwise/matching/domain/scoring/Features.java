package io.pairwise.matching.domain.scoring;

import io.pairwise.matching.domain.CommunicationStyle;
import io.pairwise.matching.domain.MeetingMode;
import io.pairwise.matching.domain.MeetingPreferences;
import io.pairwise.matching.domain.Participant;
import io.pairwise.matching.domain.Skill;
import java.time.Instant;
import java.time.ZoneId;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * One side of the pool (mentees or mentors) as flat arrays of ids and bits: the layout the row scorer reads
 * without touching a string or an object per pair.
 */
final class Features {

    /** Years of experience above this compare as equal; keeps the seniority table small. */
    static final int MAX_YEARS = 50;
    static final int UNKNOWN = -1;

    final int count;
    /** UTC offset in quarter hours at the pool's moment (covers the :30 and :45 zones). */
    final int[] offsetQuarterHours;
    final int languageWords;
    final long[] languages;
    final int[] firstLanguage;
    final int[] stage;
    final int[] years;
    /** Directness (0 unknown, 1 direct, 2 diplomatic) * 3 + structure (0 unknown, 1 structured, 2 exploratory). */
    final int[] style;
    final int valueWords;
    final long[] values;
    final int[] valueCount;
    final int interestWords;
    final long[] interests;
    final int[] interestCount;
    /** Bit per {@link MeetingMode} ordinal; 0 when unknown. */
    final int[] modes;
    final int[] firstMode;
    /** Days between sessions; 0 when unknown. */
    final int[] cadenceDays;
    final int[] department;
    /** Expertise as CSR rows of (skill, level), one entry per skill at its highest stated level. */
    final int[] expertiseStart;
    final int[] expertiseSkill;
    final int[] expertiseLevel;
    /** Development goals as CSR rows of skill ids, duplicates removed, in the person's order. */
    final int[] goalStart;
    final int[] goalSkill;

    Features(List<Participant> people, Vocabularies vocabularies, Instant offsetsAt) {
        count = people.size();
        offsetQuarterHours = new int[count];
        languageWords = vocabularies.languages().words();
        languages = new long[count * languageWords];
        firstLanguage = new int[count];
        stage = new int[count];
        years = new int[count];
        style = new int[count];
        valueWords = vocabularies.values().words();
        values = new long[count * valueWords];
        valueCount = new int[count];
        interestWords = vocabularies.interests().words();
        interests = new long[count * interestWords];
        interestCount = new int[count];
        modes = new int[count];
        firstMode = new int[count];
        cadenceDays = new int[count];
        department = new int[count];
        expertiseStart = new int[count + 1];
        goalStart = new int[count + 1];
        int expertiseTotal = 0;
        int goalTotal = 0;
        for (Participant person : people) {
            expertiseTotal += person.expertise().size();
            goalTotal += person.developmentGoals().size();
        }
        int[] skills = new int[expertiseTotal];
        int[] levels = new int[expertiseTotal];
        int[] goals = new int[goalTotal];
        int expertiseEnd = 0;
        int goalEnd = 0;
        Map<ZoneId, Integer> offsets = new HashMap<>();
        for (int i = 0; i < count; i++) {
            Participant person = people.get(i);
            offsetQuarterHours[i] = offsets.computeIfAbsent(person.timeZone(),
                    zone -> zone.getRules().getOffset(offsetsAt).getTotalSeconds() / 900);
            firstLanguage[i] = person.languages().isEmpty() ? UNKNOWN
                    : vocabularies.languages().id(person.languages().getFirst());
            setBits(languages, i * languageWords, person.languages(), vocabularies.languages());
            stage[i] = person.careerStage().ordinal();
            years[i] = Math.min(person.yearsOfExperience(), MAX_YEARS);
            style[i] = styleCode(person.communicationStyle());
            valueCount[i] = setBits(values, i * valueWords, person.values(), vocabularies.values());
            interestCount[i] = setBits(interests, i * interestWords, person.interests(), vocabularies.interests());
            MeetingPreferences meeting = person.meetingPreferences();
            firstMode[i] = meeting == null || meeting.modes().isEmpty() ? UNKNOWN : meeting.modes().getFirst().ordinal();
            for (MeetingMode mode : meeting == null ? List.<MeetingMode>of() : meeting.modes()) {
                modes[i] |= 1 << mode.ordinal();
            }
            cadenceDays[i] = meeting == null ? 0 : meeting.cadenceDays();
            department[i] = person.department() == null ? UNKNOWN : vocabularies.departments().id(person.department());

            for (Skill skill : person.expertise()) {
                int id = vocabularies.skills().id(skill.name());
                int known = indexOf(skills, expertiseStart[i], expertiseEnd, id);
                if (known < 0) {
                    skills[expertiseEnd] = id;
                    levels[expertiseEnd++] = skill.level();
                } else {
                    levels[known] = Math.max(levels[known], skill.level());
                }
            }
            expertiseStart[i + 1] = expertiseEnd;
            for (String goal : person.developmentGoals()) {
                int id = vocabularies.skills().id(goal);
                if (indexOf(goals, goalStart[i], goalEnd, id) < 0) {
                    goals[goalEnd++] = id;
                }
            }
            goalStart[i + 1] = goalEnd;
        }
        expertiseSkill = Arrays.copyOf(skills, expertiseEnd);
        expertiseLevel = Arrays.copyOf(levels, expertiseEnd);
        goalSkill = Arrays.copyOf(goals, goalEnd);
    }

    /** The person's level in a skill, 0 when it is not among their expertise. */
    int level(int person, int skill) {
        for (int e = expertiseStart[person]; e < expertiseStart[person + 1]; e++) {
            if (expertiseSkill[e] == skill) {
                return expertiseLevel[e];
            }
        }
        return 0;
    }

    private static int indexOf(int[] ids, int from, int to, int id) {
        for (int k = from; k < to; k++) {
            if (ids[k] == id) {
                return k;
            }
        }
        return -1;
    }

    static boolean hasBit(long[] bits, int offset, int id) {
        return (bits[offset + (id >>> 6)] & (1L << id)) != 0;
    }

    private static int setBits(long[] bits, int offset, List<String> words, Vocabulary vocabulary) {
        int distinct = 0;
        for (String word : words) {
            int id = vocabulary.id(word);
            if (!hasBit(bits, offset, id)) {
                bits[offset + (id >>> 6)] |= 1L << id;
                distinct++;
            }
        }
        return distinct;
    }

    private static int styleCode(CommunicationStyle style) {
        if (style == null) {
            return 0;
        }
        int directness = style.directness() == null ? 0 : style.directness().ordinal() + 1;
        int structure = style.structure() == null ? 0 : style.structure().ordinal() + 1;
        return directness * 3 + structure;
    }
}
