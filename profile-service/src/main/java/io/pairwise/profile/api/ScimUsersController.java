package io.pairwise.profile.api;

import io.pairwise.profile.api.ScimViews.Enterprise;
import io.pairwise.profile.api.ScimViews.ListResponse;
import io.pairwise.profile.api.ScimViews.Manager;
import io.pairwise.profile.api.ScimViews.Meta;
import io.pairwise.profile.api.ScimViews.Name;
import io.pairwise.profile.api.ScimViews.PatchOperation;
import io.pairwise.profile.api.ScimViews.PatchRequest;
import io.pairwise.profile.api.ScimViews.ScimEmail;
import io.pairwise.profile.api.ScimViews.ScimException;
import io.pairwise.profile.api.ScimViews.ScimUser;
import io.pairwise.profile.application.ProvisioningService;
import io.pairwise.profile.domain.EmployeeRecord;
import io.pairwise.profile.domain.EmployeeRecord.Field;
import io.pairwise.profile.domain.Participant;
import io.pairwise.profile.domain.ParticipantProfile;
import io.pairwise.profile.domain.ParticipantStatus;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.Size;
import java.net.URI;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PatchMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * SCIM 2.0 users for the company's identity provider (role SERVICE). The employee id comes from the
 * enterprise extension's {@code employeeNumber}, else from {@code externalId}. PUT applies the
 * attributes it carries and keeps profile fields the identity provider does not manage.
 */
@RestController
@RequestMapping(path = "/scim/v2/Users", produces = {ScimViews.MEDIA_TYPE, "application/json"})
@PreAuthorize("hasRole('SERVICE')")
@Tag(name = "SCIM users", description = "Provisioning by the identity provider (SCIM 2.0, RFC 7644); errors use SCIM's error format")
class ScimUsersController {

    private static final String BASE = "/scim/v2/Users";
    private static final Pattern FILTER = Pattern.compile(
            "^\\s*(userName|externalId)\\s+eq\\s+\"((?:[^\"\\\\]|\\\\.)*)\"\\s*$",
            Pattern.CASE_INSENSITIVE);

    private final ProvisioningService provisioning;

    ScimUsersController(ProvisioningService provisioning) {
        this.provisioning = provisioning;
    }

    @PostMapping(consumes = {ScimViews.MEDIA_TYPE, "application/json"})
    @Operation(summary = "Provision a user", description = "Creates the participant; the profile is completed by "
            + "the person before they can enrol.")
    @ApiResponse(responseCode = "201", description = "Created")
    ResponseEntity<ScimUser> create(@Valid @RequestBody ScimUser user) {
        Participant created = provisioning.create(toRecord(user));
        if (Boolean.FALSE.equals(user.active())) {
            created = provisioning.setActive(created.id(), false);
        }
        return ResponseEntity.created(URI.create(BASE + "/" + created.id())).body(toScim(created));
    }

    @GetMapping
    @Operation(summary = "List or filter users", description = "Supports the filters userName eq \"…\" and "
            + "externalId eq \"…\", and paging by startIndex (1-based) and count.")
    ListResponse list(@RequestParam(required = false) @Size(max = 300) String filter,
                      @Parameter(description = "1-based index of the first result")
                      @RequestParam(defaultValue = "1") @Min(1) int startIndex,
                      @RequestParam(defaultValue = "100") @Min(0) @Max(200) int count) {
        List<Participant> found;
        long total;
        if (filter != null) {
            Matcher matcher = FILTER.matcher(filter);
            if (!matcher.matches()) {
                throw new ScimException(400, "invalidFilter",
                        "Supported filters: userName eq \"…\" and externalId eq \"…\"");
            }
            String value = matcher.group(2).replaceAll("\\\\(.)", "$1");
            Optional<Participant> match = matcher.group(1).equalsIgnoreCase("userName")
                    ? provisioning.findByUserName(value) : provisioning.findByExternalId(value);
            total = match.isPresent() ? 1 : 0;
            found = match.filter(p -> startIndex == 1 && count > 0).stream().toList();
        } else {
            total = provisioning.count();
            found = count == 0 ? List.of() : provisioning.list(startIndex - 1, count);
        }
        return new ListResponse(List.of(ScimViews.LIST_RESPONSE), total, startIndex, found.size(),
                found.stream().map(this::toScim).toList());
    }

    @GetMapping("/{id}")
    @Operation(summary = "Read a user")
    ScimUser get(@PathVariable String id) {
        return toScim(provisioning.get(id));
    }

    @PutMapping(path = "/{id}", consumes = {ScimViews.MEDIA_TYPE, "application/json"})
    @Operation(summary = "Replace a user", description = "Applies the attributes given; the employee id cannot change. "
            + "active=false deprovisions (withdraws from every program). Publishes profile-updated when the person is "
            + "enrolled and something changed.")
    ScimUser replace(@PathVariable String id, @Valid @RequestBody ScimUser user) {
        provisioning.update(id, toRecord(user));
        Participant replaced = user.active() == null ? provisioning.get(id) : provisioning.setActive(id, user.active());
        return toScim(replaced);
    }

    @PatchMapping(path = "/{id}", consumes = {ScimViews.MEDIA_TYPE, "application/json"})
    @Operation(summary = "Activate or deactivate a user", description = "Only the active attribute: false deprovisions "
            + "the person, who leaves every program (enrollment-withdrawn, reason DEPROVISIONED); true reactivates.")
    ScimUser patch(@PathVariable String id, @Valid @RequestBody PatchRequest patch) {
        Boolean active = null;
        for (PatchOperation operation : patch.operations()) {
            active = activeOf(operation);
        }
        return toScim(provisioning.setActive(id, active));
    }

    @DeleteMapping("/{id}")
    @Operation(summary = "Delete a user", description = "Withdraws the person from every program (DEPROVISIONED) "
            + "and erases their personal data (participant-erased).")
    @ApiResponse(responseCode = "204", description = "Deleted")
    ResponseEntity<Void> delete(@PathVariable String id) {
        provisioning.delete(id);
        return ResponseEntity.noContent().build();
    }

    private static Boolean activeOf(PatchOperation operation) {
        String op = operation.op().toLowerCase(Locale.ROOT);
        if (!op.equals("replace") && !op.equals("add")) {
            throw new ScimException(400, "invalidValue", "Only add and replace operations are supported, on active");
        }
        Object value = operation.value();
        if (operation.path() == null && value instanceof Map<?, ?> attributes && attributes.size() == 1
                && attributes.containsKey("active")) {
            value = attributes.get("active");
        } else if (operation.path() == null || !operation.path().equalsIgnoreCase("active")) {
            throw new ScimException(400, "invalidPath", "Only the active attribute can be patched; use PUT for the rest");
        }
        // Some identity providers send booleans as text ("False").
        if (value instanceof Boolean flag) {
            return flag;
        }
        if (value instanceof String text && (text.equalsIgnoreCase("true") || text.equalsIgnoreCase("false"))) {
            return Boolean.parseBoolean(text);
        }
        throw new ScimException(400, "invalidValue", "active must be true or false");
    }

    private EmployeeRecord toRecord(ScimUser user) {
        Enterprise enterprise = user.enterprise();
        String employeeId = enterprise != null && enterprise.employeeNumber() != null ? enterprise.employeeNumber()
                : user.externalId();
        if (employeeId == null || employeeId.isBlank()) {
            throw new ScimException(400, "invalidValue",
                    "The enterprise extension's employeeNumber, or externalId, must give the employee id");
        }
        Set<Field> provided = EnumSet.noneOf(Field.class);
        String displayName = displayName(user);
        String email = primaryEmail(user.emails());
        String manager = enterprise == null || enterprise.manager() == null ? null : enterprise.manager().value();
        String managerEmployeeId = manager == null ? null : provisioning.employeeIdOf(manager);
        given(provided, Field.DISPLAY_NAME, displayName);
        given(provided, Field.EMAIL, email);
        given(provided, Field.JOB_TITLE, user.title());
        given(provided, Field.DEPARTMENT, enterprise == null ? null : enterprise.department());
        given(provided, Field.MANAGER, managerEmployeeId);
        given(provided, Field.TIME_ZONE, user.timezone());
        given(provided, Field.PREFERRED_LOCALE, user.locale());
        return new EmployeeRecord(employeeId.trim(), user.userName().trim(), user.externalId(), displayName, email,
                user.title(), enterprise == null ? null : enterprise.department(), null, managerEmployeeId,
                user.timezone(), List.of(), user.locale(), null, null, provided);
    }

    private static void given(Set<Field> provided, Field field, String value) {
        if (value != null && !value.isBlank()) {
            provided.add(field);
        }
    }

    private static String displayName(ScimUser user) {
        if (user.displayName() != null) {
            return user.displayName();
        }
        Name name = user.name();
        if (name == null) {
            return null;
        }
        if (name.formatted() != null) {
            return name.formatted();
        }
        String joined = String.join(" ", Stream.of(name.givenName(), name.familyName())
                .filter(part -> part != null && !part.isBlank()).toList());
        return joined.isEmpty() ? null : joined;
    }

    private static String primaryEmail(List<ScimEmail> emails) {
        if (emails == null || emails.isEmpty()) {
            return null;
        }
        return emails.stream().filter(e -> Boolean.TRUE.equals(e.primary())).findFirst().orElse(emails.getFirst())
                .value();
    }

    private ScimUser toScim(Participant p) {
        ParticipantProfile profile = p.profile();
        String manager = profile.managerEmployeeId() == null ? null
                : provisioning.participantIdOf(profile.managerEmployeeId());
        return new ScimUser(List.of(ScimViews.USER, ScimViews.ENTERPRISE_USER), p.id(), p.externalId(), p.userName(),
                profile.displayName() == null ? null : new Name(profile.displayName(), null, null),
                profile.displayName(),
                profile.email() == null ? null : List.of(new ScimEmail(profile.email(), "work", true)),
                profile.jobTitle(), p.status() == ParticipantStatus.ACTIVE, profile.timeZone(), profile.preferredLocale(),
                new Enterprise(p.employeeId(), profile.department(),
                        manager == null ? null : new Manager(manager, null)),
                new Meta("User", p.createdAt(), p.updatedAt(), BASE + "/" + p.id(),
                        "W/\"" + p.updatedAt().toEpochMilli() + "\""));
    }
}
