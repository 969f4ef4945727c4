package io.pairwise.platform.web;

import java.net.URI;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;

/** Problem types of the platform (RFC 9457); the type URI names the kind of failure, stable for clients. */
public final class Problems {

    public static final String BASE = "https://pairwise.io/problems/";
    public static final URI VALIDATION = URI.create(BASE + "validation");
    public static final URI MALFORMED = URI.create(BASE + "malformed-request");
    public static final URI NOT_FOUND = URI.create(BASE + "not-found");
    public static final URI CONFLICT = URI.create(BASE + "conflict");
    public static final URI UNAUTHENTICATED = URI.create(BASE + "unauthenticated");
    public static final URI FORBIDDEN = URI.create(BASE + "forbidden");
    public static final URI INTERNAL = URI.create(BASE + "internal");

    private Problems() {
    }

    /** 404: also the answer for what exists but is not the caller's to see. */
    public static ResponseEntity<ProblemDetail> notFound(String detail) {
        return ResponseEntity.status(HttpStatus.NOT_FOUND).body(of(HttpStatus.NOT_FOUND, NOT_FOUND, "Not found", detail));
    }

    /** 409: a valid request that clashes with the current state. */
    public static ResponseEntity<ProblemDetail> conflict(String detail) {
        return ResponseEntity.status(HttpStatus.CONFLICT).body(of(HttpStatus.CONFLICT, CONFLICT, "Conflict", detail));
    }

    public static ProblemDetail of(HttpStatusCode status, URI type, String title, String detail) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(status, detail);
        problem.setType(type);
        problem.setTitle(title);
        return problem;
    }
}
