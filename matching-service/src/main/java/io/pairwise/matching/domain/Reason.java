package io.pairwise.matching.domain;

import java.util.Collections;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;

/**
 * One human-readable reason behind a score. The code and arguments let a front end render it in the
 * reader's language; the text is the English rendering.
 *
 * @param code      e.g. {@code shared-goal}
 * @param arguments values for the code's template, e.g. {@code skill=Kubernetes, mentorLevel=5}
 * @param text      e.g. "shares your goal: Kubernetes (mentor level 5)"
 */
public record Reason(Criterion criterion, String code, Map<String, String> arguments, String text) {

    public Reason {
        Objects.requireNonNull(criterion, "criterion");
        Objects.requireNonNull(code, "code");
        Objects.requireNonNull(text, "text");
        arguments = Collections.unmodifiableMap(new TreeMap<>(arguments));
    }
}
