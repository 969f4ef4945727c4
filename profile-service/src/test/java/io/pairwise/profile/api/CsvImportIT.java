package io.pairwise.profile.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.pairwise.profile.ProfileIntegrationTest;
import io.pairwise.profile.ProfileTopic;
import io.pairwise.profile.ProfileTopic.Event;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import org.bson.Document;
import org.junit.jupiter.api.Test;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import tools.jackson.databind.JsonNode;

class CsvImportIT extends ProfileIntegrationTest {

    private static final Logger log = LoggerFactory.getLogger(CsvImportIT.class);
    private static final String IMPORTS = "/api/v1/profile/imports";
    private static final String HEADER = "employee_id,user_name,display_name,email,job_title,department,location,"
            + "manager_employee_id,time_zone,languages,preferred_locale,career_stage,years_of_experience\n";
    private static final int ROWS = 10_000;

    private final String admin = unique("hr-admin");
    private final String adminToken = token(admin, "PROGRAM_ADMIN");

    @Test
    void tenThousandRowsImportWithProgressAndPerRowErrorsAndARerunDuplicatesNothing() {
        String prefix = unique("X");
        StringBuilder csv = new StringBuilder(HEADER);
        Map<Integer, String> expectedErrors = new LinkedHashMap<>();
        for (int i = 0; i < ROWS; i++) {
            String employeeId = prefix + "-" + i;
            String email = "emp." + prefix.toLowerCase() + "." + i + "@example.com";
            String zone = "Europe/Berlin";
            String department = "Dept " + (i % 40);
            if (i % 250 == 7) {
                email = "no-at-sign";
                expectedErrors.put(i + 2, "email");
            } else if (i % 250 == 99) {
                zone = "Mars/Olympus_Mons";
                expectedErrors.put(i + 2, "timeZone");
            } else if (i % 500 == 3) {
                department = "";
                expectedErrors.put(i + 2, "department");
            } else if (i == 5_000) {
                employeeId = prefix + "-0";
                expectedErrors.put(i + 2, "employeeId");
            }
            String manager = i == 0 ? "" : prefix + "-" + (i / 10);
            String row = String.join(",", employeeId, "", "\"Employee " + i + ", Jr.\"", email, "Engineer",
                    department, "Berlin", manager, zone, "de;en", "", i % 2 == 0 ? "MID" : "early", Integer.toString(i % 30));
            if (i % 1_000 == 11) {
                row = row.substring(0, row.lastIndexOf(','));
                expectedErrors.put(i + 2, "row");
            }
            csv.append(row).append('\n');
        }
        int bad = expectedErrors.size();

        Instant posted = Instant.now();
        Response started = call("POST", IMPORTS, adminToken, csv.toString(), "text/csv");

        assertThat(started.status()).as(started.body()).isEqualTo(202);
        String job = started.raw().headers().firstValue("Location").orElseThrow();
        assertThat(started.json().path("total").asInt()).isEqualTo(ROWS);
        List<Integer> progress = new ArrayList<>();
        JsonNode done = awaitCompletion(job, progress);
        Duration wall = Duration.between(posted, Instant.now());
        Duration ran = Duration.between(Instant.parse(done.path("startedAt").asString()),
                Instant.parse(done.path("finishedAt").asString()));
        log.info("CSV import of {} rows: {} ms in the job, {} ms from upload to completion", ROWS, ran.toMillis(),
                wall.toMillis());

        assertThat(done.path("total").asInt()).isEqualTo(ROWS);
        assertThat(done.path("processed").asInt()).isEqualTo(ROWS);
        assertThat(done.path("created").asInt()).isEqualTo(ROWS - bad);
        assertThat(done.path("failed").asInt()).isEqualTo(bad);
        assertThat(progress).as("rows done only grow, and never past the total").isSorted()
                .allSatisfy(processed -> assertThat(processed).isBetween(0, ROWS));
        assertThat(progress).as("progress is visible while the job runs").anyMatch(p -> p > 0 && p < ROWS);
        Map<Integer, List<String>> errors = allErrors(job);
        assertThat(errors.keySet()).containsExactlyElementsOf(expectedErrors.keySet());
        expectedErrors.forEach((row, field) -> assertThat(errors.get(row)).as("row " + row).contains(field));
        assertThat(countImported(prefix)).isEqualTo(ROWS - bad);
        Document sample = mongo.getCollection("participants").find(new Document("employeeId", prefix + "-42")).first();
        assertThat(sample.getString("userName")).as("defaults to the e-mail").isEqualTo("emp." + prefix.toLowerCase() + ".42@example.com");
        assertThat(sample.get("profile", Document.class).getString("displayName")).isEqualTo("Employee 42, Jr.");
        assertThat(sample.get("profile", Document.class).getString("careerStage")).isEqualTo("MID");

        JsonNode rerun = awaitCompletion(call("POST", IMPORTS, adminToken, csv.toString(), "text/csv").raw().headers()
                .firstValue("Location").orElseThrow(), new ArrayList<>());
        assertThat(rerun.path("created").asInt()).isZero();
        assertThat(rerun.path("updated").asInt()).isZero();
        assertThat(rerun.path("unchanged").asInt()).isEqualTo(ROWS - bad);
        assertThat(rerun.path("failed").asInt()).isEqualTo(bad);
        assertThat(countImported(prefix)).as("idempotent on the employee id").isEqualTo(ROWS - bad);
    }

    @Test
    void aRerunUpdatesWhatHrChangedAndPublishesItForEnrolledPeople() {
        String prefix = unique("Y");
        String first = HEADER
                + prefix + "-1,," + "Ana Costa,ana." + prefix + "@example.com,Engineer,Platform,Lisbon,,Europe/Lisbon,pt;en,,MID,5\n"
                + prefix + "-2,," + "Ben Okafor,ben." + prefix + "@example.com,Engineer,Platform,Lagos,,Africa/Lagos,en,,EARLY,2\n"
                + prefix + "-3,," + "Cho Min,cho." + prefix + "@example.com,Engineer,Platform,Seoul,,Asia/Seoul,ko;en,,SENIOR,9\n";
        assertThat(awaitCompletion(start(first), new ArrayList<>()).path("created").asInt()).isEqualTo(3);
        String anaUser = "ana." + prefix + "@example.com";
        String program = openProgram(adminToken, program("CAREER"));
        assertThat(call("POST", "/api/v1/profile/participants/me/enrollments", token(anaUser, "PARTICIPANT"),
                Map.of("programId", program, "role", "MENTEE")).status()).isEqualTo(200);
        String anaId = call("GET", "/api/v1/profile/participants/me", token(anaUser, "PARTICIPANT"), null).json()
                .path("id").asString();

        // HR's second export: new titles for Ana and Ben, Ana's location blank, and no time zone column at all.
        String second = "employee_id,display_name,email,job_title,department,location\n"
                + prefix + "-1,Ana Costa,ana." + prefix + "@example.com,Staff Engineer,Platform,\n"
                + prefix + "-2,Ben Okafor,ben." + prefix + "@example.com,Lead,Platform,Lagos\n"
                + prefix + "-3,Cho Min,cho." + prefix + "@example.com,Engineer,Platform,Seoul\n";
        JsonNode rerun = awaitCompletion(start(second), new ArrayList<>());

        assertThat(rerun.path("updated").asInt()).isEqualTo(2);
        assertThat(rerun.path("unchanged").asInt()).isEqualTo(1);
        JsonNode ana = call("GET", "/api/v1/profile/participants/me", token(anaUser, "PARTICIPANT"), null).json()
                .path("profile");
        assertThat(ana.path("jobTitle").asString()).isEqualTo("Staff Engineer");
        assertThat(ana.path("location").isMissingNode() || ana.path("location").isNull()).isTrue();
        assertThat(ana.path("timeZone").asString()).as("kept").isEqualTo("Europe/Lisbon");
        List<Event> events = ProfileTopic.await(anaId, 2);
        assertThat(ProfileTopic.types(events)).containsExactly("mentee-registered", "profile-updated");
        assertThat(events.get(1).json().path("profile").path("jobTitle").asString()).isEqualTo("Staff Engineer");
    }

    @Test
    void aFileWithoutTheRequiredColumnsOrWithBrokenQuotingIsRefusedAtOnce() {
        long jobs = mongo.getCollection("import_jobs").countDocuments();

        Response missing = call("POST", IMPORTS, adminToken, "employee_id,email\nE1,a@example.com\n", "text/csv");
        assertProblem(missing, 400, "validation");
        assertThat(missing.json().path("detail").asString()).contains("displayname", "department");
        assertProblem(call("POST", IMPORTS, adminToken, HEADER + "E1,\"unterminated\n", "text/csv"), 400, "validation");
        assertProblem(call("POST", IMPORTS, token("pat", "PARTICIPANT"), HEADER, "text/csv"), 403, "forbidden");
        assertThat(mongo.getCollection("import_jobs").countDocuments()).isEqualTo(jobs);

        String job = start(HEADER);
        assertThat(awaitCompletion(job, new ArrayList<>()).path("total").asInt()).isZero();
        assertProblem(call("GET", job, token(unique("admin"), "PROGRAM_ADMIN"), null), 404, "not-found");
    }

    private String start(String csv) {
        Response started = call("POST", IMPORTS, adminToken, csv, "text/csv");
        assertThat(started.status()).as(started.body()).isEqualTo(202);
        return started.raw().headers().firstValue("Location").orElseThrow();
    }

    private JsonNode awaitCompletion(String job, List<Integer> progress) {
        JsonNode[] last = new JsonNode[1];
        await().atMost(Duration.ofMinutes(3)).pollInterval(Duration.ofMillis(50)).until(() -> {
            last[0] = call("GET", job, adminToken, null).json();
            progress.add(last[0].path("processed").asInt());
            return !last[0].path("finishedAt").isMissingNode() && !last[0].path("finishedAt").isNull();
        });
        assertThat(last[0].path("status").asString()).as(last[0].toString()).isEqualTo("COMPLETED");
        return last[0];
    }

    /** Every row error of the job, page by page, as row number to the fields it names. */
    private Map<Integer, List<String>> allErrors(String job) {
        Map<Integer, List<String>> errors = new LinkedHashMap<>();
        String cursor = null;
        do {
            JsonNode page = call("GET", job + "/errors?limit=50" + (cursor == null ? "" : "&cursor=" + cursor),
                    adminToken, null).json();
            page.path("items").forEach(item -> {
                List<String> fields = new ArrayList<>();
                item.path("problems").forEach(problem -> fields.add(problem.path("field").asString()));
                errors.put(item.path("row").asInt(), fields);
            });
            cursor = page.path("nextCursor").isString() ? page.path("nextCursor").asString() : null;
        } while (cursor != null);
        return errors;
    }

    private long countImported(String prefix) {
        return mongo.getCollection("participants").countDocuments(
                new Document("employeeId", new Document("$regex", "^" + Pattern.quote(prefix) + "-")));
    }
}
