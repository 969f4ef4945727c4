package io.pairwise.notification.domain;

/** One refused field of a change: where, why, and the value that was refused. */
public record Violation(String field, String message, Object rejectedValue) {
}
