package io.pairwise.profile.api;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.time.Instant;
import java.util.List;

/** SCIM 2.0 (RFC 7643/7644) resources and messages, the subset an identity provider needs for users. */
final class ScimViews {

    static final String MEDIA_TYPE = "application/scim+json";
    static final String USER = "urn:ietf:params:scim:schemas:core:2.0:User";
    static final String ENTERPRISE_USER = "urn:ietf:params:scim:schemas:extension:enterprise:2.0:User";
    static final String LIST_RESPONSE = "urn:ietf:params:scim:api:messages:2.0:ListResponse";
    static final String PATCH_OP = "urn:ietf:params:scim:api:messages:2.0:PatchOp";
    static final String ERROR = "urn:ietf:params:scim:api:messages:2.0:Error";

    private ScimViews() {
    }

    @JsonInclude(JsonInclude.Include.NON_NULL)
    @Schema(description = "A SCIM user with the enterprise extension")
    record ScimUser(List<String> schemas,
                    @Schema(accessMode = Schema.AccessMode.READ_ONLY) String id,
                    @Schema(description = "The identity provider's id for the user") @Size(max = 100) String externalId,
                    @Schema(description = "Login; must equal the subject of the user's tokens")
                    @NotBlank @Size(max = 100) String userName,
                    @Valid Name name,
                    @Size(max = 200) String displayName,
                    @Size(max = 10) List<@NotNull @Valid ScimEmail> emails,
                    @Size(max = 200) String title,
                    Boolean active,
                    @Schema(description = "IANA time zone id") @IanaTimeZone String timezone,
                    @Pattern(regexp = Patterns.LANGUAGE_TAG, message = Patterns.LANGUAGE_TAG_MESSAGE) String locale,
                    @JsonProperty(ENTERPRISE_USER) @Valid Enterprise enterprise,
                    @Schema(accessMode = Schema.AccessMode.READ_ONLY) Meta meta) {
    }

    @JsonInclude(JsonInclude.Include.NON_NULL)
    record Name(@Size(max = 200) String formatted, @Size(max = 100) String givenName,
                @Size(max = 100) String familyName) {
    }

    @JsonInclude(JsonInclude.Include.NON_NULL)
    record ScimEmail(@NotBlank @Email(regexp = Patterns.EMAIL) @Size(max = 254) String value, String type,
                     Boolean primary) {
    }

    @JsonInclude(JsonInclude.Include.NON_NULL)
    record Enterprise(@Schema(description = "HR employee id; externalId stands in when absent")
                      @Size(max = 100) String employeeNumber,
                      @Size(max = 200) String department,
                      @Valid Manager manager) {
    }

    @JsonInclude(JsonInclude.Include.NON_NULL)
    record Manager(@Schema(description = "The manager's SCIM id (or employee number)") @Size(max = 100) String value,
                   String displayName) {
    }

    @JsonInclude(JsonInclude.Include.NON_NULL)
    record Meta(String resourceType, Instant created, Instant lastModified, String location, String version) {
    }

    record ListResponse(List<String> schemas, long totalResults, int startIndex, int itemsPerPage,
                        @JsonProperty("Resources") List<ScimUser> resources) {
    }

    @Schema(description = "A PatchOp; only the active attribute can be patched")
    record PatchRequest(List<String> schemas,
                        @JsonProperty("Operations") @NotEmpty @Size(max = 10) List<@NotNull @Valid PatchOperation> operations) {
    }

    record PatchOperation(@Schema(description = "add or replace") @NotBlank String op, String path,
                          @Schema(description = "true/false (also as text), or {\"active\": false} without a path")
                          Object value) {
    }

    @JsonInclude(JsonInclude.Include.NON_NULL)
    record ScimError(List<String> schemas, String status, String scimType, String detail) {

        static ScimError of(int status, String scimType, String detail) {
            return new ScimError(List.of(ERROR), Integer.toString(status), scimType, detail);
        }
    }

    /** A SCIM error with its {@code scimType}, e.g. {@code invalidFilter}. */
    static final class ScimException extends RuntimeException {

        private final int status;
        private final String scimType;

        ScimException(int status, String scimType, String detail) {
            super(detail);
            this.status = status;
            this.scimType = scimType;
        }

        int status() {
            return status;
        }

        String scimType() {
            return scimType;
        }
    }
}
