package io.pairwise.notification.delivery;

/** A notification in the recipient's language: a one-line title and a plain-text body. */
public record Rendered(String title, String body) {
}
