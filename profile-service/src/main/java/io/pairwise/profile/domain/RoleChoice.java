package io.pairwise.profile.domain;

import io.pairwise.contracts.profile.Role;
import java.util.EnumSet;
import java.util.Set;

/** The roles someone asks to enrol in: one, or both at once. */
public enum RoleChoice {
    MENTOR(EnumSet.of(Role.MENTOR)),
    MENTEE(EnumSet.of(Role.MENTEE)),
    BOTH(EnumSet.allOf(Role.class));

    private final Set<Role> roles;

    RoleChoice(Set<Role> roles) {
        this.roles = roles;
    }

    public Set<Role> roles() {
        return EnumSet.copyOf(roles);
    }
}
