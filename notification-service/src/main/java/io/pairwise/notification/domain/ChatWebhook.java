package io.pairwise.notification.domain;

/** Where chat notifications go: an incoming-webhook URL of the person's Slack or Microsoft Teams. */
public record ChatWebhook(Format format, String url) {

    public enum Format {
        SLACK,
        TEAMS
    }
}
