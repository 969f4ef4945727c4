package io.pairwise.analytics.domain;

/** Each program's at-risk rules; {@link AtRiskRules#DEFAULTS} for a program without its own. */
public interface AtRiskRulesStore {

    AtRiskRules of(String programId);

    void save(String programId, AtRiskRules rules);
}
