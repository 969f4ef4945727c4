package io.pairwise.platform.web;

/** One invalid field of a request: where (a JSON-ish path), what is wrong, and the value that was refused. */
public record FieldError(String field, String message, Object rejectedValue) {
}
