package io.pairwise.profile.api;

import static org.assertj.core.api.Assertions.assertThat;

import io.pairwise.profile.ProfileIntegrationTest;
import io.pairwise.profile.ProfileTopic;
import io.pairwise.profile.ProfileTopic.Event;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.bson.Document;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

class ScimIT extends ProfileIntegrationTest {

    private static final String USERS = "/scim/v2/Users";
    private static final String SCIM_JSON = "application/scim+json";
    private static final String ENTERPRISE = "urn:ietf:params:scim:schemas:extension:enterprise:2.0:User";

    private final String idp = token("okta", "SERVICE");

    @Test
    void anIdentityProviderCreatesReadsFiltersAndReplacesUsers() {
        String managerId = scim("POST", USERS, user(unique("boss"), unique("E"), "Platform")).json().path("id").asString();
        String userName = unique("ingrid");
        String employeeId = unique("E");
        Map<String, Object> user = user(userName, employeeId, "Platform");
        user.put("externalId", "okta-" + userName);
        user.put(ENTERPRISE, Map.of("employeeNumber", employeeId, "department", "Platform",
                "manager", Map.of("value", managerId)));

        Response created = scim("POST", USERS, user);

        assertThat(created.status()).as(created.body()).isEqualTo(201);
        assertThat(created.contentType()).startsWith(SCIM_JSON);
        JsonNode body = created.json();
        String id = body.path("id").asString();
        assertThat(created.raw().headers().firstValue("Location")).hasValue(USERS + "/" + id);
        assertThat(body.path("schemas").toString()).contains("urn:ietf:params:scim:schemas:core:2.0:User");
        assertThat(body.path("active").asBoolean()).isTrue();
        assertThat(body.path("meta").path("resourceType").asString()).isEqualTo("User");
        assertThat(body.path(ENTERPRISE).path("employeeNumber").asString()).isEqualTo(employeeId);
        assertThat(body.path(ENTERPRISE).path("manager").path("value").asString()).isEqualTo(managerId);
        assertThat(scim("GET", USERS + "/" + id, null).json().path("userName").asString()).isEqualTo(userName);

        JsonNode byUserName = scim("GET", USERS + "?filter=" + encode("userName eq \"" + userName + "\""), null).json();
        assertThat(byUserName.path("totalResults").asInt()).isEqualTo(1);
        assertThat(byUserName.path("Resources").get(0).path("id").asString()).isEqualTo(id);
        assertThat(scim("GET", USERS + "?filter=" + encode("externalId eq \"okta-" + userName + "\""), null).json()
                .path("totalResults").asInt()).isEqualTo(1);
        assertThat(scim("GET", USERS + "?filter=" + encode("userName eq \"nobody\""), null).json()
                .path("totalResults").asInt()).isZero();
        assertThat(scim("GET", USERS + "?startIndex=1&count=1", null).json().path("Resources")).hasSize(1);

        Map<String, Object> replaced = new HashMap<>(user);
        replaced.put("title", "Staff Engineer");
        replaced.put(ENTERPRISE, Map.of("employeeNumber", employeeId, "department", "Research"));
        JsonNode after = scim("PUT", USERS + "/" + id, replaced).json();
        assertThat(after.path("title").asString()).isEqualTo("Staff Engineer");
        assertThat(after.path(ENTERPRISE).path("department").asString()).isEqualTo("Research");
        assertThat(after.path(ENTERPRISE).path("manager").path("value").asString()).as("kept").isEqualTo(managerId);
    }

    @Test
    void badRequestsGetScimErrorsAndWriteNothing() {
        String userName = unique("tom");
        String id = scim("POST", USERS, user(userName, unique("E"), "Payments")).json().path("id").asString();
        long count = mongo.getCollection("participants").countDocuments();
        Document before = rawParticipant(id);

        assertScimError(scim("POST", USERS, user(userName, unique("E"), "Payments")), 409, "uniqueness");
        Map<String, Object> badEmail = user(unique("x"), unique("E"), "Payments");
        badEmail.put("emails", List.of(Map.of("value", "not-an-address")));
        badEmail.put("timezone", "Mars/Base");
        Response invalid = scim("POST", USERS, badEmail);
        assertScimError(invalid, 400, "invalidValue");
        assertThat(invalid.json().path("detail").asString()).contains("emails[0].value").contains("timezone");
        Map<String, Object> noEmployee = user(unique("x"), unique("E"), "Payments");
        noEmployee.remove(ENTERPRISE);
        assertScimError(scim("POST", USERS, noEmployee), 400, "invalidValue");
        assertScimError(scim("GET", USERS + "?filter=" + encode("title co \"Eng\""), null), 400, "invalidFilter");
        assertScimError(scim("PUT", USERS + "/" + id, user(userName, unique("E"), "Payments")), 400, "invalidValue");
        assertScimError(scim("PATCH", USERS + "/" + id, patch(Map.of("op", "replace", "path", "title", "value", "x"))),
                400, "invalidPath");
        assertScimError(scim("PATCH", USERS + "/" + id, patch(Map.of("op", "replace", "path", "active", "value", "maybe"))),
                400, "invalidValue");
        assertScimError(scim("GET", USERS + "/prt-unknown", null), 404, null);
        Response forbidden = call("GET", USERS + "/" + id, token(userName, "PARTICIPANT"), null);
        assertThat(forbidden.status()).isEqualTo(403);

        assertThat(mongo.getCollection("participants").countDocuments()).isEqualTo(count);
        assertThat(rawParticipant(id)).isEqualTo(before);
    }

    @Test
    void deprovisioningWithdrawsFromEveryProgramAndReactivationAllowsEnrollingAgain() {
        String userName = unique("maria");
        Map<String, Object> user = user(userName, unique("E"), "Platform");
        String id = scim("POST", USERS, user).json().path("id").asString();
        String me = token(userName, "PARTICIPANT");
        Map<String, Object> completed = profile("Maria Mentor", "Platform");
        completed.put("email", userName + "@example.com");
        assertThat(call("PUT", "/api/v1/profile/participants/me", me, completed).status()).isEqualTo(200);
        String admin = token(unique("admin"), "PROGRAM_ADMIN");
        String career = openProgram(admin, program("CAREER"));
        String group = openProgram(admin, program("GROUP"));
        enroll(me, career, "BOTH");
        enroll(me, group, "MENTOR");

        // As Microsoft Entra sends it: capitalised op, boolean as text.
        JsonNode deactivated = scim("PATCH", USERS + "/" + id,
                patch(Map.of("op", "Replace", "path", "active", "value", "False"))).json();

        assertThat(deactivated.path("active").asBoolean()).isFalse();
        List<Event> events = ProfileTopic.await(id, 6);
        assertThat(ProfileTopic.types(events.subList(3, 6))).containsOnly("enrollment-withdrawn");
        assertThat(events.subList(3, 6)).allSatisfy(e -> assertThat(e.json().path("reason").asString())
                .isEqualTo("DEPROVISIONED"));
        assertThat(call("GET", "/api/v1/profile/participants/me", me, null).json().path("enrollments")).isEmpty();
        assertProblem(call("POST", "/api/v1/profile/participants/me/enrollments", me,
                Map.of("programId", career, "role", "MENTEE")), 409, "conflict");

        JsonNode reactivated = scim("PATCH", USERS + "/" + id,
                patch(Map.of("op", "replace", "value", Map.of("active", true)))).json();
        assertThat(reactivated.path("active").asBoolean()).isTrue();
        enroll(me, career, "MENTEE");
    }

    @Test
    void deletingAUserWithdrawsAndErasesThem() {
        String userName = unique("tina");
        String employeeId = unique("E");
        String id = scim("POST", USERS, user(userName, employeeId, "Payments")).json().path("id").asString();
        String me = token(userName, "PARTICIPANT");
        Map<String, Object> completed = profile("Tina Mentee", "Payments");
        completed.put("email", userName + "@example.com");
        call("PUT", "/api/v1/profile/participants/me", me, completed);
        enroll(me, openProgram(token(unique("admin"), "PROGRAM_ADMIN"), program("CAREER")), "MENTEE");
        // Erasure drops events still waiting to go out with the profile in them; this one is out already.
        ProfileTopic.await(id, 1);

        assertThat(scim("DELETE", USERS + "/" + id, null).status()).isEqualTo(204);

        assertScimError(scim("GET", USERS + "/" + id, null), 404, null);
        assertThat(scim("GET", USERS + "?filter=" + encode("userName eq \"" + userName + "\""), null).json()
                .path("totalResults").asInt()).isZero();
        List<Event> events = ProfileTopic.await(id, 3);
        assertThat(ProfileTopic.types(events)).containsExactly("mentee-registered", "enrollment-withdrawn",
                "participant-erased");
        assertThat(events.get(1).json().path("reason").asString()).isEqualTo("DEPROVISIONED");
        assertThat(rawParticipant(id).toJson()).doesNotContain(userName).doesNotContain(employeeId)
                .doesNotContain("Tina");
        assertScimError(scim("DELETE", USERS + "/" + id, null), 404, null);
    }

    private void enroll(String participantToken, String programId, String role) {
        Response enrolled = call("POST", "/api/v1/profile/participants/me/enrollments", participantToken,
                Map.of("programId", programId, "role", role));
        assertThat(enrolled.status()).as(enrolled.body()).isEqualTo(200);
    }

    private Response scim(String method, String path, Object body) {
        return call(method, path, idp, body == null ? null : JSON.writeValueAsString(body), SCIM_JSON);
    }

    private static void assertScimError(Response response, int status, String scimType) {
        assertThat(response.status()).as(response.body()).isEqualTo(status);
        assertThat(response.contentType()).startsWith(SCIM_JSON);
        JsonNode error = response.json();
        assertThat(error.path("schemas").toString()).contains("urn:ietf:params:scim:api:messages:2.0:Error");
        assertThat(error.path("status").asString()).isEqualTo(Integer.toString(status));
        if (scimType != null) {
            assertThat(error.path("scimType").asString()).isEqualTo(scimType);
        }
    }

    private static Map<String, Object> user(String userName, String employeeId, String department) {
        Map<String, Object> user = new HashMap<>();
        user.put("schemas", List.of("urn:ietf:params:scim:schemas:core:2.0:User", ENTERPRISE));
        user.put("userName", userName);
        user.put("name", Map.of("givenName", "Given", "familyName", userName));
        user.put("emails", List.of(Map.of("value", userName + "@example.com", "type", "work", "primary", true)));
        user.put("active", true);
        user.put("timezone", "Europe/Berlin");
        user.put("locale", "de-DE");
        user.put(ENTERPRISE, Map.of("employeeNumber", employeeId, "department", department));
        return user;
    }

    private static Map<String, Object> patch(Map<String, Object> operation) {
        return Map.of("schemas", List.of("urn:ietf:params:scim:api:messages:2.0:PatchOp"), "Operations", List.of(operation));
    }

    private static String encode(String filter) {
        return URLEncoder.encode(filter, StandardCharsets.UTF_8);
    }
}
