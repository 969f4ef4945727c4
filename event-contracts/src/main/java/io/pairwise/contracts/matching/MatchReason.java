package io.pairwise.contracts.matching;

import java.util.Collections;
import java.util.Map;
import java.util.TreeMap;

/**
 * One human-readable reason behind a score. The code and arguments let notifications render it in the
 * recipient's locale; the text is the English rendering.
 *
 * @param code      e.g. {@code shared-goal}
 * @param arguments values for the code's template, e.g. {@code skill=Kubernetes, mentorLevel=5}
 * @param text      e.g. "shares your goal: Kubernetes (mentor level 5)"
 */
public record MatchReason(MatchCriterion criterion, String code, Map<String, String> arguments, String text) {

    public MatchReason {
        arguments = Collections.unmodifiableMap(new TreeMap<>(arguments));
    }
}
