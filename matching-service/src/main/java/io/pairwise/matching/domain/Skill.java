package io.pairwise.matching.domain;

import java.util.Objects;

/**
 * A skill and how well the participant masters it.
 *
 * @param name  as in the company's skill list; matched case-insensitively
 * @param level 1 (novice) to 5 (expert)
 */
public record Skill(String name, int level) {

    public static final int MAX_LEVEL = 5;

    public Skill {
        Objects.requireNonNull(name, "name");
        if (level < 1 || level > MAX_LEVEL) {
            throw new IllegalArgumentException("skill level must be 1-5: " + name + "=" + level);
        }
    }
}
