package io.pairwise.session.domain;

public enum GoalStatus {
    OPEN,
    ACHIEVED
}
