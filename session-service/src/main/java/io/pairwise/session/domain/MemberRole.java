package io.pairwise.session.domain;

public enum MemberRole {
    MENTOR,
    MENTEE
}
