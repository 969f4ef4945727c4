package io.pairwise.contracts.profile;

/**
 * A skill and how well the participant masters it.
 *
 * @param skill the skill name, as in the company's skill list
 * @param level 1 (novice) to 5 (expert)
 */
public record SkillLevel(String skill, int level) {
}
