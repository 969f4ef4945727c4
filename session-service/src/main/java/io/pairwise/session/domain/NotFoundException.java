package io.pairwise.session.domain;

/**
 * Something does not exist, or exists but is not the caller's to see: both answer alike (404), so ids
 * cannot be probed and a non-member never learns that a mentorship or session exists.
 */
public class NotFoundException extends RuntimeException {

    public NotFoundException(String what, String id) {
        super(what + " " + id + " was not found");
    }
}
