package io.pairwise.matching.domain;

/** Communication style on two independent axes; either may be unknown (null). */
public record CommunicationStyle(Directness directness, Structure structure) {

    public enum Directness {
        DIRECT,
        DIPLOMATIC
    }

    public enum Structure {
        STRUCTURED,
        EXPLORATORY
    }
}
