package io.pairwise.profile.api;

/** Formats shared by requests, SCIM and imports, as the event schemas define them. */
final class Patterns {

    /** A BCP 47 language tag or locale, e.g. {@code de}, {@code pt-PT}. */
    static final String LANGUAGE_TAG = "^[A-Za-z]{2,3}(-[A-Za-z0-9]{2,8})*$";
    static final String LANGUAGE_TAG_MESSAGE = "must be a BCP 47 language tag such as en or pt-PT";
    /** An e-mail address with a domain that has a dot, as work addresses do. */
    static final String EMAIL = "^[^@\\s]+@[^@\\s]+\\.[^@\\s]+$";

    private Patterns() {
    }
}
