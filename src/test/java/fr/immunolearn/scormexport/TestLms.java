package fr.immunolearn.scormexport;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import fr.immunolearn.testing.Browser;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.openqa.selenium.By;
import org.openqa.selenium.chrome.ChromeDriver;

/**
 * The test LMS page (lms.html) seen from a test: launches a package under scorm-again with the data
 * an LMS would give, injects failures, and reads back what the LMS holds.
 */
public final class TestLms {

    static final ObjectMapper JSON = new ObjectMapper();

    final ChromeDriver browser;
    final LmsServer server;
    final ScormEdition edition;

    /** What earlier sessions on this page set, kept across launches as the LMS keeps its data. */
    private final List<List<String>> earlierSets = new ArrayList<>();

    private final List<String> earlierCalls = new ArrayList<>();
    private boolean launched;
    private Duration commitTime = Duration.ZERO;

    /**
     * A click in the package: its button's class, the milliseconds to the next frame, and whether a
     * Commit ran meanwhile.
     */
    record Click(String button, double latencyMillis, boolean waitedOnCommit) {}

    public TestLms(ChromeDriver browser, LmsServer server, ScormEdition edition) {
        this.browser = browser;
        this.server = server;
        this.edition = edition;
    }

    /** The launch data of a learner's first attempt, as an LMS hands it over. */
    public ObjectNode firstLaunch(String learnerId, String learnerName) {
        ObjectNode cmi = JSON.createObjectNode();
        if (edition == ScormEdition.SCORM_12) {
            ObjectNode core = cmi.putObject("core");
            core.put("student_id", learnerId);
            core.put("student_name", learnerName);
            core.put("entry", "ab-initio");
        } else {
            cmi.put("learner_id", learnerId);
            cmi.put("learner_name", learnerName);
            cmi.put("entry", "ab-initio");
        }
        return cmi;
    }

    /**
     * The launch data of the next session, as an LMS keeps it from this one: everything but the
     * session's own time and exit, with {@code entry} "resume" after an exit "suspend".
     */
    public ObjectNode nextLaunch(JsonNode stored) {
        ObjectNode cmi = stored.deepCopy();
        ObjectNode holder = edition == ScormEdition.SCORM_12 ? (ObjectNode) cmi.get("core") : cmi;
        boolean suspended = holder.path("exit").asText().equals("suspend");
        holder.remove("session_time");
        holder.remove("exit");
        holder.put("entry", suspended ? "resume" : "");
        return cmi;
    }

    /**
     * Opens the LMS page, starts the runtime with {@code cmi} and launches the package in its
     * frame.
     */
    public void launch(String packageUrl, JsonNode cmi) {
        launch(packageUrl, cmi, JSON.createObjectNode());
    }

    /**
     * Launches as {@link #launch(String, JsonNode)}, the LMS failing the next {@code times} reads
     * of {@code element} with GetLastError {@code code} (-1: every read), from the package's first
     * call on.
     */
    void launchFailingReads(
            String packageUrl, JsonNode cmi, String element, int times, String code) {
        ObjectNode reads = JSON.createObjectNode();
        reads.putObject(element).put("left", times).put("code", code);
        launch(packageUrl, cmi, reads);
    }

    private void launch(String packageUrl, JsonNode cmi, JsonNode reads) {
        if (launched) {
            earlierSets.addAll(currentSets());
            earlierCalls.addAll(currentCalls());
        }
        launched = true;
        browser.switchTo().defaultContent();
        browser.get(server.lmsPage());
        Object failure =
                browser.executeAsyncScript(
                        "var done = arguments[arguments.length - 1];"
                                + "lms.launch(arguments[0], JSON.parse(arguments[1]), arguments[2], function (e) { done(e || null); },"
                                + " JSON.parse(arguments[3]));",
                        edition.key(),
                        cmi.toString(),
                        packageUrl,
                        reads.toString());
        assertThat(failure).as("runtime start").isNull();
        enterCourse();
        inPage("lms.commitMs = arguments[0];", commitTime.toMillis());
    }

    /** Switches to the package's frame and waits for its first screen. */
    void enterCourse() {
        browser.switchTo().defaultContent();
        Browser.waitUpTo(browser, Duration.ofSeconds(20))
                .until(
                        d -> {
                            d.switchTo().defaultContent();
                            d.switchTo().frame("sco");
                            return !d.findElements(By.cssSelector("main h1")).isEmpty();
                        });
    }

    private Object inPage(String script, Object... args) {
        browser.switchTo().defaultContent();
        try {
            return browser.executeScript(script, args);
        } finally {
            browser.switchTo().frame("sco");
        }
    }

    /** The cmi data model as the LMS holds it now. */
    public JsonNode snapshot() {
        try {
            return JSON.readTree((String) inPage("return lms.snapshot();"));
        } catch (java.io.IOException e) {
            throw new IllegalStateException(e);
        }
    }

    /**
     * Every SetValue the package made, in every session: element, value, the runtime's result and
     * error code.
     */
    List<List<String>> sets() {
        List<List<String>> sets = new ArrayList<>(earlierSets);
        sets.addAll(currentSets());
        return sets;
    }

    @SuppressWarnings("unchecked")
    private List<List<String>> currentSets() {
        List<List<String>> sets = new ArrayList<>();
        for (Object set : (List<Object>) inPage("return lms.sets;")) {
            sets.add(((List<Object>) set).stream().map(String::valueOf).toList());
        }
        return sets;
    }

    /**
     * Every SetValue the package made in the session now running: element, value, result and error
     * code.
     */
    List<List<String>> setsThisSession() {
        return currentSets();
    }

    /**
     * The launch data {@code cmi} with the mode (normal, browse, review) and credit the LMS gives
     * this session.
     */
    ObjectNode inMode(JsonNode cmi, String mode, String credit) {
        ObjectNode copy = cmi.deepCopy();
        ObjectNode holder = edition == ScormEdition.SCORM_12 ? (ObjectNode) copy.get("core") : copy;
        holder.put(edition == ScormEdition.SCORM_12 ? "lesson_mode" : "mode", mode);
        holder.put("credit", credit);
        return copy;
    }

    /**
     * Everything this origin keeps in local storage, as the package's browser copy of the learner's
     * state.
     */
    String localStorage() {
        return (String) inPage("return JSON.stringify(window.localStorage);");
    }

    /** The last value the package set for an element. */
    String lastSet(String element) {
        List<List<String>> sets = sets();
        for (int i = sets.size() - 1; i >= 0; i--) {
            if (sets.get(i).get(0).equals(element)) {
                return sets.get(i).get(1);
            }
        }
        return null;
    }

    /**
     * Every API call the package made, in every session; SetValue with its element, "(failed)" when
     * injected.
     */
    List<String> calls() {
        List<String> calls = new ArrayList<>(earlierCalls);
        calls.addAll(currentCalls());
        return calls;
    }

    @SuppressWarnings("unchecked")
    private List<String> currentCalls() {
        return (List<String>) inPage("return lms.calls;");
    }

    /** What scorm-again logged at ERROR level. */
    @SuppressWarnings("unchecked")
    List<String> runtimeErrors() {
        return (List<String>) inPage("return lms.errors;");
    }

    boolean terminated() {
        return Boolean.TRUE.equals(inPage("return lms.terminated;"));
    }

    /** From now on these API functions fail, and GetLastError answers {@code code}. */
    void fail(String code, String... calls) {
        inPage(
                "lms.faults.calls = arguments[0]; lms.faults.code = arguments[1];",
                List.of(calls),
                code);
    }

    /**
     * The next {@code times} calls to these API functions fail, and GetLastError answers {@code
     * code}.
     */
    void failNext(int times, String code, String... calls) {
        inPage(
                "lms.faults.calls = arguments[0]; lms.faults.code = arguments[1]; lms.faults.left = arguments[2];",
                List.of(calls),
                code,
                times);
    }

    /**
     * From now on (this launch and the next ones) every Commit holds the page's thread this long,
     * as an LMS that commits with a synchronous request does.
     */
    void commitTakes(Duration time) {
        commitTime = time;
        inPage("lms.commitMs = arguments[0];", time.toMillis());
    }

    /** Commits (LMSCommit in 1.2) the package made, in every session. */
    long commits() {
        String commit = edition == ScormEdition.SCORM_12 ? "LMSCommit" : "Commit";
        return calls().stream().filter(c -> c.equals(commit) || c.startsWith(commit + " ")).count();
    }

    /** SetValue calls (LMSSetValue in 1.2) the package made, in every session. */
    long setValues() {
        String set = edition == ScormEdition.SCORM_12 ? "LMSSetValue " : "SetValue ";
        return calls().stream().filter(c -> c.startsWith(set)).count();
    }

    /**
     * Whether everything the package set in this launch was committed after: a successful Commit
     * (or Terminate, which commits) comes after the last SetValue.
     */
    boolean allCommitted() {
        List<String> calls = currentCalls();
        String set = edition == ScormEdition.SCORM_12 ? "LMSSetValue " : "SetValue ";
        List<String> commits =
                edition == ScormEdition.SCORM_12
                        ? List.of("LMSCommit", "LMSFinish")
                        : List.of("Commit", "Terminate");
        int lastSet = -1;
        int lastCommit = -1;
        for (int i = 0; i < calls.size(); i++) {
            if (calls.get(i).startsWith(set)) {
                lastSet = i;
            } else if (commits.contains(calls.get(i))) {
                lastCommit = i;
            }
        }
        return lastCommit > lastSet;
    }

    /** Every click in the package during this launch, in order. */
    @SuppressWarnings("unchecked")
    List<Click> clicks() {
        List<Click> clicks = new ArrayList<>();
        for (Object click : (List<Object>) inPage("return lms.clicks;")) {
            java.util.Map<String, Object> c = (java.util.Map<String, Object>) click;
            clicks.add(
                    new Click(
                            String.valueOf(c.get("button")),
                            ((Number) c.get("latency")).doubleValue(),
                            Boolean.TRUE.equals(c.get("waited"))));
        }
        return clicks;
    }

    void heal() {
        inPage("lms.faults.calls = [];");
    }

    /** Takes the package off the page; its pagehide handler runs. */
    public void unload() {
        browser.switchTo().defaultContent();
        browser.executeScript("lms.unload();");
        Browser.waitUpTo(browser, Duration.ofSeconds(10))
                .until(
                        d ->
                                Boolean.TRUE.equals(
                                        ((ChromeDriver) d)
                                                .executeScript(
                                                        "var f = document.getElementById('sco');"
                                                                + " return f.contentWindow.location.href === 'about:blank';")));
    }

    String name(String suffix) {
        return edition == ScormEdition.SCORM_12 ? "cmi.core." + suffix : "cmi." + suffix;
    }
}
