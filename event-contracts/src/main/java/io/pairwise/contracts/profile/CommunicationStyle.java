package io.pairwise.contracts.profile;

/** Communication style on two independent axes, so matching can score each. */
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
