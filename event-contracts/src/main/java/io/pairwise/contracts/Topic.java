package io.pairwise.contracts;

/**
 * The topic catalogue: one topic per producing domain, each written by exactly one service and keyed
 * by aggregate id.
 */
public enum Topic {

    PROFILE("pairwise.profile.v1", "profile-service", "participant id or program id"),
    MATCHING("pairwise.matching.v1", "matching-service", "mentorship id"),
    SESSION("pairwise.session.v1", "session-service", "mentorship id"),
    NOTIFICATION("pairwise.notification.v1", "notification-service", "notification id");

    private final String topicName;
    private final String producer;
    private final String key;

    Topic(String topicName, String producer, String key) {
        this.topicName = topicName;
        this.producer = producer;
        this.key = key;
    }

    public String topicName() {
        return topicName;
    }

    /** The one service allowed to write this topic. */
    public String producer() {
        return producer;
    }

    /** What the record key (and CloudEvents subject) identifies. */
    public String key() {
        return key;
    }

    /** Dead letters of a consumer group go to one topic of their own, named after the group. */
    public static String deadLetterTopic(String consumerGroup) {
        return consumerGroup + ".dlt";
    }
}
