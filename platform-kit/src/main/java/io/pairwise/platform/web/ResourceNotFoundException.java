package io.pairwise.platform.web;

/**
 * Answered as 404. Also what a caller gets for something that exists but is not theirs to see, so
 * that object ids cannot be probed.
 */
public class ResourceNotFoundException extends RuntimeException {

    public ResourceNotFoundException(String what, String id) {
        super(what + " " + id + " was not found");
    }
}
