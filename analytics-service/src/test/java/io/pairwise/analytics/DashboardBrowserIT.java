package io.pairwise.analytics;

import static org.assertj.core.api.Assertions.assertThat;

import io.pairwise.contracts.matching.PairMatched;
import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.logging.LogType;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The dashboard in a real headless Chromium (Debian's {@code chromium} and {@code chromium-driver}):
 * it signs in with a token in the URL fragment or at the OpenID provider (the development issuer, code
 * flow with PKCE), shows the scripted history's hand-computed figures, and follows new events without a
 * reload.
 */
class DashboardBrowserIT extends AnalyticsIntegrationTest {

    static final String CHROMIUM = "/usr/bin/chromium";
    static final String CHROMEDRIVER = "/usr/bin/chromedriver";

    private WebDriver browser;
    private Path profile;

    @BeforeEach
    void browser() throws IOException {
        if (!new File(CHROMIUM).canExecute() || !new File(CHROMEDRIVER).canExecute()) {
            throw new AssertionError("The dashboard's browser test needs Debian's chromium and chromium-driver packages ("
                    + CHROMIUM + ", " + CHROMEDRIVER + "): sudo apt-get install chromium chromium-driver");
        }
        profile = Files.createTempDirectory("analytics-dashboard-chromium");
        ChromeOptions options = new ChromeOptions().setBinary(CHROMIUM).addArguments("--headless=new", "--no-sandbox",
                "--disable-gpu", "--disable-quic", "--no-first-run", "--disable-background-networking",
                "--disable-component-update", "--disable-sync", "--user-data-dir=" + profile);
        options.setCapability("goog:loggingPrefs", Map.of(LogType.BROWSER, "ALL"));
        ChromeDriverService service = new ChromeDriverService.Builder().usingDriverExecutable(new File(CHROMEDRIVER))
                .usingAnyFreePort().build();
        browser = new ChromeDriver(service, options);
    }

    @AfterEach
    void closeBrowser() throws IOException {
        if (browser != null) {
            browser.quit();
        }
        if (profile != null) {
            try (Stream<Path> files = Files.walk(profile)) {
                files.sorted(Comparator.reverseOrder()).map(Path::toFile).forEach(File::delete);
            }
        }
    }

    @Test
    void theDashboardShowsTheProgramsFiguresAndFollowsNewEventsLive() {
        ProgramHistory history = ProgramHistory.scripted();
        publishAndAwait(history.steps());
        String owner = token(history.owner, "PROGRAM_ADMIN");

        browser.get("http://localhost:" + port + "/dashboard/?refresh=1#token=" + owner);
        WebDriverWait wait = new WebDriverWait(browser, Duration.ofSeconds(30));
        wait.until(ExpectedConditions.presenceOfElementLocated(
                By.cssSelector("#program option[value='" + history.programP + "']")));
        assertThat(browser.getCurrentUrl()).doesNotContain("token=");
        new Select(browser.findElement(By.id("program"))).selectByValue(history.programP);

        // the figures worked out in ProgramHistory
        wait.until(ExpectedConditions.textToBe(By.cssSelector("#at-risk-note"), ""));
        awaitTile(wait, "mentees", "8");
        awaitTile(wait, "mentors", "6");
        awaitTile(wait, "waitlist", "5");
        awaitTile(wait, "match-rate", "62.5 %");
        awaitTile(wait, "time-to-match", "7.0 d");
        awaitTile(wait, "acceptance-rate", "71.4 %");
        awaitTile(wait, "time-to-first-session", "8.0 d");
        awaitTile(wait, "active", "3");
        awaitTile(wait, "completed", "suppressed");
        awaitTile(wait, "ended-early", "suppressed");
        awaitTile(wait, "sessions-held", "6");
        awaitTile(wait, "sessions-per-month", "1.00");
        awaitTile(wait, "cadence-adherence", "33.3 %");
        awaitTile(wait, "average-rating", "4.00");
        awaitTile(wait, "goal-completion", "66.7 %");
        awaitTile(wait, "mentor-load", "0.50");
        awaitTile(wait, "cross-department", "suppressed");
        awaitTile(wait, "at-risk", "4");
        assertThat(text("#funnel [data-stage='ENROLLED']")).isEqualTo("8");
        assertThat(text("#funnel [data-stage='MATCHED']")).isEqualTo("5");
        assertThat(text("#funnel [data-stage='COMPLETED']")).isEqualTo("suppressed");
        assertThat(text("#skills [data-skill='Kubernetes'][data-side='mentors']")).isEqualTo("6");
        assertThat(text("#skills [data-skill='Kubernetes'][data-side='mentees']")).isEqualTo("8");
        assertThat(text("#skills [data-skill='Go'][data-side='mentees']")).isEqualTo("suppressed");
        assertThat(((JavascriptExecutor) browser).executeScript(
                "return document.querySelectorAll('#series polyline').length;")).isEqualTo(2L);
        List<String> expectedAtRisk = List.of(history.id("ms1"), history.id("ms5"), history.id("ms2"), history.id("ms8"));
        wait.withMessage(() -> "at-risk rows " + atRiskRows()).until(b -> atRiskRows().equals(expectedAtRisk));

        // e8 is matched with m6 a day before now: the page follows without a reload
        ((JavascriptExecutor) browser).executeScript("window.notReloaded = true;");
        publishAndAwait(List.of(new ProgramHistory.Step(new PairMatched(history.id("ms9"), history.programP,
                List.of(ProgramHistory.card(history.id("m6"))), List.of(ProgramHistory.card(history.id("e8"))), 0.8,
                List.of(), 14, LocalDate.parse("2026-09-01"), ProgramHistory.at("2026-03-19T12:00")),
                ProgramHistory.at("2026-03-19T12:00"))));
        awaitTile(wait, "match-rate", "75.0 %");          // 6 of 8
        awaitTile(wait, "active", "4");
        awaitTile(wait, "waitlist", "suppressed");        // e3, e4, e6, e7
        awaitTile(wait, "time-to-match", "8.5 d");        // 3, 5, 7, 10, 12 and 37.1 days
        awaitTile(wait, "mentor-load", "0.67");           // 4 of 6
        assertThat(((JavascriptExecutor) browser).executeScript("return window.notReloaded === true;")).isEqualTo(true);

        // the page keeps to the CSP the service (and the gateway) sends: no inline code or style was refused
        assertThat(browser.manage().logs().get(LogType.BROWSER).getAll())
                .noneMatch(entry -> entry.getMessage().contains("Content Security Policy"));
    }

    @Test
    void anAnalystSignsInAtTheOpenIdProviderAndSeesTheFigures() {
        ProgramHistory history = ProgramHistory.scripted();
        publishAndAwait(history.steps());

        browser.get("http://localhost:" + port + "/dashboard/?refresh=1");
        WebDriverWait wait = new WebDriverWait(browser, Duration.ofSeconds(30));
        wait.until(ExpectedConditions.elementToBeClickable(By.id("sign-in-button"))).click();
        // the provider's sign-in page (the development issuer lists its demo users)
        wait.until(ExpectedConditions.urlContains("/authorize?"));
        assertThat(browser.getCurrentUrl()).contains("code_challenge_method=S256", "client_id=pairwise-dashboard");
        browser.findElement(By.linkText("Ana Analyst")).click();

        // back on the dashboard, signed in, the code gone from the address and the page's own query kept
        wait.until(ExpectedConditions.presenceOfElementLocated(
                By.cssSelector("#program option[value='" + history.programP + "']")));
        assertThat(browser.getCurrentUrl()).endsWith("/dashboard/?refresh=1");
        new Select(browser.findElement(By.id("program"))).selectByValue(history.programP);
        awaitTile(wait, "mentees", "8");
        awaitTile(wait, "match-rate", "62.5 %");
        // an analyst sees aggregates, not who is at risk
        wait.until(ExpectedConditions.textToBe(By.cssSelector("#at-risk-note"),
                "Only the program's owners see its at-risk list."));
        assertThat(browser.manage().logs().get(LogType.BROWSER).getAll())
                .noneMatch(entry -> entry.getMessage().contains("Content Security Policy"));
    }

    private void awaitTile(WebDriverWait wait, String tile, String expected) {
        wait.withMessage(() -> "tile " + tile + " shows " + text("#tile-" + tile + " .value") + ", expected " + expected)
                .until(ExpectedConditions.textToBe(By.cssSelector("#tile-" + tile + " .value"), expected));
    }

    /** Read in one script: the page re-renders every second, so element handles go stale. */
    private String text(String css) {
        return String.valueOf(((JavascriptExecutor) browser).executeScript(
                "const e = document.querySelector(arguments[0]); return e === null ? null : e.textContent;", css));
    }

    @SuppressWarnings("unchecked")
    private List<String> atRiskRows() {
        return (List<String>) ((JavascriptExecutor) browser).executeScript(
                "return Array.from(document.querySelectorAll('#at-risk tbody tr')).map(r => r.dataset.mentorship);");
    }
}
