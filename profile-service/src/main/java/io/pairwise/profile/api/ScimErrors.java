package io.pairwise.profile.api;

import io.pairwise.platform.web.ConflictException;
import io.pairwise.platform.web.ResourceNotFoundException;
import io.pairwise.profile.api.ScimViews.ScimError;
import io.pairwise.profile.api.ScimViews.ScimException;
import io.pairwise.profile.domain.RuleViolationException;
import java.util.stream.Collectors;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.web.bind.MethodArgumentNotValidException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.method.annotation.HandlerMethodValidationException;

/**
 * Errors of the SCIM endpoints in SCIM's own format (RFC 7644 section 3.12), which identity providers
 * parse; everywhere else errors are RFC 9457 problems. A bad request still changes nothing.
 */
@RestControllerAdvice(assignableTypes = ScimUsersController.class)
@Order(Ordered.HIGHEST_PRECEDENCE)
class ScimErrors {

    private static final MediaType SCIM = MediaType.parseMediaType(ScimViews.MEDIA_TYPE);

    @ExceptionHandler(ScimException.class)
    ResponseEntity<ScimError> scim(ScimException ex) {
        return error(ex.status(), ex.scimType(), ex.getMessage());
    }

    @ExceptionHandler(ResourceNotFoundException.class)
    ResponseEntity<ScimError> notFound(ResourceNotFoundException ex) {
        return error(404, null, ex.getMessage());
    }

    @ExceptionHandler(ConflictException.class)
    ResponseEntity<ScimError> conflict(ConflictException ex) {
        return error(409, "uniqueness", ex.getMessage());
    }

    @ExceptionHandler(RuleViolationException.class)
    ResponseEntity<ScimError> ruleViolation(RuleViolationException ex) {
        return error(409, null, ex.getMessage());
    }

    @ExceptionHandler(IllegalArgumentException.class)
    ResponseEntity<ScimError> invalid(IllegalArgumentException ex) {
        return error(400, "invalidValue", ex.getMessage());
    }

    @ExceptionHandler(MethodArgumentNotValidException.class)
    ResponseEntity<ScimError> invalidBody(MethodArgumentNotValidException ex) {
        return error(400, "invalidValue", ex.getBindingResult().getFieldErrors().stream()
                .map(error -> error.getField() + " " + error.getDefaultMessage()).sorted()
                .collect(Collectors.joining("; ")));
    }

    @ExceptionHandler(HandlerMethodValidationException.class)
    ResponseEntity<ScimError> invalidParameter(HandlerMethodValidationException ex) {
        return error(400, "invalidValue", ex.getParameterValidationResults().stream()
                .flatMap(result -> result.getResolvableErrors().stream()
                        .map(error -> result.getMethodParameter().getParameterName() + " " + error.getDefaultMessage()))
                .collect(Collectors.joining("; ")));
    }

    @ExceptionHandler(HttpMessageNotReadableException.class)
    ResponseEntity<ScimError> unreadable(HttpMessageNotReadableException ex) {
        return error(400, "invalidSyntax", "The request body is not a SCIM resource of the expected shape");
    }

    @ExceptionHandler(AccessDeniedException.class)
    ResponseEntity<ScimError> forbidden(AccessDeniedException ex) {
        return error(403, null, "SCIM provisioning needs the SERVICE role");
    }

    private static ResponseEntity<ScimError> error(int status, String scimType, String detail) {
        return ResponseEntity.status(HttpStatus.valueOf(status)).contentType(SCIM)
                .body(ScimError.of(status, scimType, detail));
    }
}
