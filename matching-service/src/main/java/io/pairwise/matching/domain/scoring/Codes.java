package io.pairwise.matching.domain.scoring;

import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Dense codes for the few distinct time-zone offsets, language sets and (cadence, modes) combinations of the
 * mentors, so that a row turns each into a small table once and a pair costs one lookup, and no branch, per
 * criterion.
 */
final class Codes {

    static final int MODE_MASKS = 8;

    final int[] offsetCode;
    final int[] languageSetCode;
    /** Cadence code * MODE_MASKS + modes bit mask. */
    final int[] meetingCode;
    final int[] offsets;
    final long[] languageSets;
    final int[] cadences;

    Codes(Features mentors) {
        Map<Integer, Integer> offsetIds = new HashMap<>();
        Map<List<Long>, Integer> languageIds = new HashMap<>();
        Map<Integer, Integer> cadenceIds = new HashMap<>();
        int words = mentors.languageWords;
        offsetCode = new int[mentors.count];
        languageSetCode = new int[mentors.count];
        meetingCode = new int[mentors.count];
        for (int j = 0; j < mentors.count; j++) {
            offsetCode[j] = offsetIds.computeIfAbsent(mentors.offsetQuarterHours[j], o -> offsetIds.size());
            List<Long> set = Arrays.stream(mentors.languages, j * words, (j + 1) * words).boxed().toList();
            languageSetCode[j] = languageIds.computeIfAbsent(set, o -> languageIds.size());
            meetingCode[j] = cadenceIds.computeIfAbsent(mentors.cadenceDays[j], c -> cadenceIds.size()) * MODE_MASKS
                    + mentors.modes[j];
        }
        offsets = new int[offsetIds.size()];
        offsetIds.forEach((offset, id) -> offsets[id] = offset);
        languageSets = new long[languageIds.size() * words];
        languageIds.forEach((set, id) -> {
            for (int w = 0; w < words; w++) {
                languageSets[id * words + w] = set.get(w);
            }
        });
        cadences = new int[cadenceIds.size()];
        cadenceIds.forEach((cadence, id) -> cadences[id] = cadence);
    }
}
