package io.pairwise.deploy;

import java.io.IOException;
import java.io.PrintStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * Seeds the local platform with a demo program, through the public API as a program admin and the HR
 * system would: a career-mentoring program with 8 mentors and 12 mentees, open for enrollment, everyone
 * enrolled. The demo participants who can sign in (maria and marco mentor; tom and tina are mentees)
 * are among them. Twenty people, most sharing Kubernetes or leadership, so the dashboards show figures rather
 * than cells suppressed below five.
 *
 * <p>Runs once per data directory: the program's id is kept in a marker file beside the data, and a
 * later start finds it there. Participants already present (409) are reused.
 */
final class DemoSeed {

    static final String PROGRAM_NAME = "Demo: career mentoring";

    /** One demo person; {@code userName} is what their tokens carry as subject. */
    record Person(String employeeId, String userName, String name, String role, String department, String timeZone,
                  String stage, int years, List<String> expertise, List<String> goals) {
    }

    // Two skills many people share, so the skill chart has figures above the suppression threshold of five.
    private static final String KUBERNETES = "Kubernetes";
    private static final String LEADERSHIP = "Leadership";
    private static final List<String> SKILLS = List.of("Kubernetes", "Negotiation", "Public speaking", "Java",
            "Product discovery", "Data analysis", "Leadership", "Cloud cost");
    private static final List<String> DEPARTMENTS = List.of("Engineering", "Sales", "Finance", "Operations");
    private static final List<String> ZONES = List.of("Europe/Berlin", "Europe/London", "America/New_York", "Europe/Zurich");

    private final URI gateway;
    private final URI issuer;
    private final Path marker;
    private final PrintStream out;
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    DemoSeed(URI gateway, URI issuer, Path marker, PrintStream out) {
        this.gateway = gateway;
        this.issuer = issuer;
        this.marker = marker;
        this.out = out;
    }

    /** The twenty demo people, the same on every start. */
    static List<Person> people() {
        List<String> signIn = List.of("maria", "marco", "tom", "tina");
        List<Person> people = new ArrayList<>();
        for (int i = 0; i < 20; i++) {
            boolean mentor = i < 8;
            String userName = i < 2 ? signIn.get(i) : i >= 8 && i < 10 ? signIn.get(i - 6) : "demo-" + (i + 1);
            String name = Character.toUpperCase(userName.charAt(0)) + userName.substring(1) + (userName.startsWith("demo") ? "" : " (demo)");
            List<String> expertise = mentor ? skills(SKILLS.get(i % 8), SKILLS.get((i + 3) % 8), i < 6 ? LEADERSHIP : null,
                    i >= 3 ? KUBERNETES : null) : List.of(SKILLS.get((i + 5) % 8));
            List<String> goals = mentor ? List.of(SKILLS.get((i + 1) % 8))
                    : skills(i < 14 ? KUBERNETES : LEADERSHIP, SKILLS.get((i + 2) % 8));
            people.add(new Person("DEMO-%03d".formatted(i + 1), userName, name, mentor ? "MENTOR" : "MENTEE",
                    DEPARTMENTS.get(i % 4), ZONES.get(i % 4), mentor ? (i % 2 == 0 ? "SENIOR" : "EXECUTIVE") : (i % 2 == 0 ? "EARLY" : "MID"),
                    mentor ? 10 + i : 1 + i % 6, expertise, goals));
        }
        return people;
    }

    private static List<String> skills(String... skills) {
        return Arrays.stream(skills).filter(Objects::nonNull).distinct().toList();
    }

    /** Creates the demo program unless this data directory has it; returns its id. */
    String seed() throws IOException, InterruptedException {
        String admin = token("ada");
        Optional<String> existing = Files.isRegularFile(marker) ? Optional.of(Files.readString(marker).strip()) : Optional.empty();
        if (existing.isPresent() && send("GET", "/api/v1/profile/programs/" + existing.get(), admin, null).statusCode() == 200) {
            out.println("Demo program: " + PROGRAM_NAME + " (" + existing.get() + "), seeded before");
            return existing.get();
        }
        String hr = token("hr-sync");
        HttpResponse<String> created = expect(201, send("POST", "/api/v1/profile/programs", admin, """
                {"name":"%s","description":"A seeded program to explore Pairwise with: eight mentors, twelve mentees.",
                 "mentoringType":"CAREER","matchingMode":"ADMIN_BATCH","cadenceDays":14,
                 "defaultRelationshipLengthDays":180,"defaultCapacity":2}""".formatted(PROGRAM_NAME)));
        String programId = created.headers().firstValue("Location").map(l -> l.substring(l.lastIndexOf('/') + 1))
                .orElseThrow(() -> new IOException("program created without a Location"));
        expect(200, send("POST", "/api/v1/profile/programs/" + programId + "/enrollment/open", admin, ""));
        for (Person person : people()) {
            HttpResponse<String> added = send("POST", "/api/v1/profile/participants", hr, participantJson(person));
            if (added.statusCode() != 201 && added.statusCode() != 409) {
                expect(201, added);
            }
            expect(200, send("POST", "/api/v1/profile/programs/" + programId + "/enrollments", admin,
                    "{\"employeeId\":\"%s\",\"role\":\"%s\"}".formatted(person.employeeId(), person.role())));
        }
        Files.createDirectories(marker.getParent());
        Files.writeString(marker, programId);
        out.println("Demo program: " + PROGRAM_NAME + " (" + programId + "), 8 mentors and 12 mentees enrolled");
        return programId;
    }

    private static String participantJson(Person p) {
        String expertise = String.join(",", p.expertise().stream()
                .map(skill -> "{\"skill\":\"%s\",\"level\":%d}".formatted(skill, 3 + Math.floorMod(skill.hashCode(), 3))).toList());
        String goals = String.join(",", p.goals().stream().map(goal -> "\"" + goal + "\"").toList());
        return """
                {"employeeId":"%s","userName":"%s","profile":{"displayName":"%s","email":"%s@demo.pairwise.local",
                 "department":"%s","timeZone":"%s","languages":["en"],"careerStage":"%s","yearsOfExperience":%d,
                 "expertise":[%s],"developmentGoals":[%s],
                 "communicationStyle":{"directness":"DIRECT","structure":"STRUCTURED"},
                 "meetingPreferences":{"cadenceDays":14,"modes":["VIDEO"]}}}""".formatted(p.employeeId(), p.userName(),
                p.name(), p.userName(), p.department(), p.timeZone(), p.stage(), p.years(), expertise, goals);
    }

    private String token(String user) throws IOException, InterruptedException {
        HttpResponse<String> response = http.send(HttpRequest.newBuilder(issuer.resolve("/token?format=raw&user=" + user))
                .timeout(Duration.ofSeconds(10)).build(), HttpResponse.BodyHandlers.ofString());
        return expect(200, response).body().strip();
    }

    private HttpResponse<String> send(String method, String path, String token, String json)
            throws IOException, InterruptedException {
        HttpRequest.Builder request = HttpRequest.newBuilder(gateway.resolve(path)).timeout(Duration.ofSeconds(30))
                .header("Authorization", "Bearer " + token).header("X-Correlation-Id", "demo-seed");
        request.method(method, json == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(json));
        if (json != null) {
            request.header("Content-Type", "application/json");
        }
        return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    private static HttpResponse<String> expect(int status, HttpResponse<String> response) throws IOException {
        if (response.statusCode() != status) {
            throw new IOException(response.request().method() + " " + response.request().uri().getPath() + " answered "
                    + response.statusCode() + ": " + response.body());
        }
        return response;
    }
}
