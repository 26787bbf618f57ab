package fr.immunolearn.scormexport;

import com.fasterxml.jackson.databind.JsonNode;
import fr.immunolearn.course.CourseEditions;
import fr.immunolearn.testing.Browser;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.openqa.selenium.By;
import org.openqa.selenium.chrome.ChromeDriver;

/**
 * The SCORM figures of the benchmark ({@code fr.immunolearn.bench.Benchmarks}), measured with the
 * same test LMS, runtime and player encoder as the tests.
 */
public final class ScormBenchmarks {

    private ScormBenchmarks() {}

    /**
     * Bytes of each package: both editions of each language, and of a generated course of 100
     * questions.
     */
    public static Map<String, Integer> packageSizes(CourseEditions course, CourseEditions hundred) {
        Map<String, Integer> sizes = new LinkedHashMap<>();
        for (ScormEdition edition : ScormEdition.values()) {
            for (String language : course.languages()) {
                sizes.put(
                        edition.key() + " " + language,
                        ScormExporter.export(
                                        course, ExportOptions.of(edition).withLanguage(language))
                                .size());
            }
            sizes.put(
                    edition.key() + " 100 questions",
                    ScormExporter.export(hundred, ExportOptions.of(edition)).size());
        }
        return sizes;
    }

    /** Milliseconds of each in-process export, after {@code warmup} exports not counted. */
    public static List<Double> warmExportMillis(
            CourseEditions course, ScormEdition edition, int warmup, int runs) {
        ExportOptions options = ExportOptions.of(edition);
        for (int i = 0; i < warmup; i++) {
            ScormExporter.export(course, options);
        }
        List<Double> millis = new ArrayList<>();
        for (int i = 0; i < runs; i++) {
            long start = System.nanoTime();
            ScormExporter.export(course, options);
            millis.add((System.nanoTime() - start) / 1e6);
        }
        return millis;
    }

    /**
     * Milliseconds from the moment the LMS frame starts loading the package to the first content
     * painted (Chromium's first-contentful-paint in the frame), over {@code runs} launches: a new
     * learner lands on the course's first screen.
     */
    public static List<Double> launchToFirstScreen(ScormEdition edition, int runs) {
        try (LmsServer server = new LmsServer()) {
            ChromeDriver browser = Browser.start();
            try {
                String url =
                        server.serve(
                                "bench-" + edition.key(),
                                ExportedPackages.unzipped(ExportOptions.of(edition)));
                List<Double> millis = new ArrayList<>();
                for (int i = 0; i < runs; i++) {
                    TestLms lms = new TestLms(browser, server, edition);
                    lms.launch(url, lms.firstLaunch("bench-" + i, "Bench, Learner"));
                    millis.add(firstContentfulPaint(browser));
                }
                return millis;
            } finally {
                browser.quit();
            }
        }
    }

    /**
     * The floor of the measure: the same launch of a one-heading page instead of the package. What
     * Chromium, the frame and the test LMS cost before the player does anything.
     */
    public static List<Double> launchOfAnEmptyPage(int runs) throws java.io.IOException {
        java.nio.file.Path page =
                java.nio.file.Files.createTempDirectory("immunolearn-empty-package");
        java.nio.file.Files.writeString(
                page.resolve(ScormExporter.LAUNCH_FILE),
                "<!DOCTYPE html><html lang=\"fr\"><head><meta charset=\"utf-8\"><title>x</title></head>"
                        + "<body><main><h1>Bonjour</h1></main></body></html>");
        try (LmsServer server = new LmsServer()) {
            ChromeDriver browser = Browser.start();
            try {
                String url = server.serve("bench-empty", page);
                List<Double> millis = new ArrayList<>();
                for (int i = 0; i < runs; i++) {
                    TestLms lms = new TestLms(browser, server, ScormEdition.SCORM_12);
                    lms.launch(url, lms.firstLaunch("bench-" + i, "Bench, Learner"));
                    millis.add(firstContentfulPaint(browser));
                }
                return millis;
            } finally {
                browser.quit();
            }
        }
    }

    /**
     * What a relaunch into lesson 1 took: first content painted, and the lesson itself on screen.
     */
    public record LessonLaunch(List<Double> firstPaintMillis, List<Double> lessonShownMillis) {}

    /**
     * Set in every frame before its own scripts: in the package's frame, the time (from the frame's
     * navigation start, as first-contentful-paint) at which each new {@code main h1} was painted,
     * with its text. A frame after the heading's insertion, then a task: the frame that shows it.
     */
    private static final String RECORD_HEADINGS =
            "if (window.name === 'sco') { window.__headings = [];"
                    + " new MutationObserver(function () { var h = document.querySelector('main h1');"
                    + " if (!h || h === window.__lastHeading) return; window.__lastHeading = h;"
                    + " requestAnimationFrame(function () { setTimeout(function () {"
                    + " window.__headings.push([h.textContent, performance.now()]); }, 0); }); })"
                    + ".observe(document, {childList: true, subtree: true}); }";

    /**
     * A learner who left in lesson 1 launches again: the package opens on that lesson with what the
     * LMS kept. Over {@code runs} relaunches, milliseconds from the frame's navigation start to the
     * first content painted, and to the frame that shows the lesson's heading (the budget's "launch
     * to first lesson").
     */
    public static LessonLaunch launchToFirstLesson(ScormEdition edition, int runs) {
        ExportOptions options = ExportOptions.of(edition);
        try (LmsServer server = new LmsServer()) {
            ChromeDriver browser = Browser.start();
            try {
                browser.executeCdpCommand(
                        "Page.addScriptToEvaluateOnNewDocument", Map.of("source", RECORD_HEADINGS));
                String url =
                        server.serve(
                                "bench-lesson-" + edition.key(),
                                ExportedPackages.unzipped(options));
                TestLms lms = new TestLms(browser, server, edition);
                Learner learner = new Learner(browser, ExportedPackages.course(options));
                lms.launch(url, lms.firstLaunch("bench-lesson", "Bench, Learner"));
                learner.openLesson(0);
                String lessonTitle = learner.heading();
                lms.unload();
                JsonNode kept = lms.snapshot();
                List<Double> paint = new ArrayList<>();
                List<Double> shown = new ArrayList<>();
                for (int i = 0; i < runs; i++) {
                    lms.launch(url, lms.nextLaunch(kept));
                    if (!learner.heading().equals(lessonTitle)) {
                        throw new IllegalStateException(
                                "relaunched on \"" + learner.heading() + "\", not the lesson");
                    }
                    paint.add(firstContentfulPaint(browser));
                    shown.add(headingShown(browser, lessonTitle));
                    lms.unload();
                    kept = lms.snapshot();
                }
                return new LessonLaunch(paint, shown);
            } finally {
                browser.quit();
            }
        }
    }

    /**
     * When the frame showing {@code heading} as the page's heading was painted (see
     * RECORD_HEADINGS).
     */
    private static double headingShown(ChromeDriver browser, String heading) {
        Object at =
                Browser.waitUpTo(browser, Duration.ofSeconds(10))
                        .until(
                                d ->
                                        ((ChromeDriver) d)
                                                .executeScript(
                                                        "var want = arguments[0]; var seen = (window.__headings || []).filter(function (h) {"
                                                                + " return h[0].replace(/\\s+/g, ' ').trim() === want; });"
                                                                + " return seen.length ? seen[0][1] : null;",
                                                        heading.replaceAll(
                                                                        "[\\s\u00a0\u202f]+", " ")
                                                                .trim()));
        return ((Number) at).doubleValue();
    }

    /**
     * suspend_data characters at the end of a course in which every quiz used every attempt with
     * the longest answers its types can encode: the worst case the 4,096 characters must hold.
     */
    public static int suspendDataAtEnd(CourseEditions course) {
        try (LmsServer server = new LmsServer()) {
            ChromeDriver browser = Browser.start();
            try {
                ScormPackage scorm =
                        ScormExporter.export(course, ExportOptions.of(ScormEdition.SCORM_12));
                browser.get(
                        server.serve(
                                "bench-suspend-" + System.nanoTime(),
                                ExportedPackages.unzip(scorm)));
                JsonNode result =
                        TestLms.JSON.readTree(
                                (String)
                                        browser.executeScript(
                                                SuspendDataPlay.SCRIPT,
                                                "une réponse qui n’est pas la bonne",
                                                false,
                                                ScormEdition.SCORM_12.suspendDataLimit()));
                return result.get("encoded").asText().length();
            } catch (java.io.IOException e) {
                throw new IllegalStateException(e);
            } finally {
                browser.quit();
            }
        }
    }

    /** What a learner's whole course cost the LMS: answers given, Commits and SetValue calls. */
    public record LmsTraffic(int answers, long commits, long setValues) {

        public double commitsPerAnswer() {
            return (double) commits / answers;
        }

        public double setValuesPerAnswer() {
            return (double) setValues / answers;
        }
    }

    /**
     * A learner takes the whole course in one session (each lesson, its quiz answered right, then
     * the final assessment), reads each feedback for {@code reading}, and leaves with the exit
     * button: what the LMS was asked, in the test LMS's own count of API calls.
     */
    public static LmsTraffic wholeCourse(ScormEdition edition, Duration reading) {
        ExportOptions options = ExportOptions.of(edition);
        try (LmsServer server = new LmsServer()) {
            ChromeDriver browser = Browser.start();
            try {
                String url =
                        server.serve(
                                "bench-traffic-" + edition.key(),
                                ExportedPackages.unzipped(options));
                ExportedCourse exported = ExportedPackages.course(options);
                TestLms lms = new TestLms(browser, server, edition);
                Learner learner = new Learner(browser, exported);
                lms.launch(url, lms.firstLaunch("bench-traffic", "Bench, Learner"));
                for (int i = 0; i < exported.course().lessons().size(); i++) {
                    if (i > 0) {
                        learner.home();
                    }
                    learner.openLesson(i);
                    learner.toQuiz();
                    learner.answerAll(position -> true, reading);
                }
                learner.home();
                learner.startFinal();
                learner.answerAll(position -> true, reading);
                learner.home();
                learner.click(By.cssSelector("button.exit"));
                if (!lms.terminated()) {
                    throw new IllegalStateException("the session did not end");
                }
                return new LmsTraffic(learner.given().size(), lms.commits(), lms.setValues());
            } finally {
                browser.quit();
            }
        }
    }

    /**
     * Click-to-screen times of Valider and Question suivante, and how many of them waited on a
     * Commit.
     */
    public record ClickLatency(List<Double> millis, long waitedOnCommit) {}

    /**
     * With every Commit taking {@code commit}, a learner answers the quizzes of the first {@code
     * lessons} lessons, reading each feedback for {@code reading} (zero: clicking on as fast as the
     * screen allows). Each Valider and Question suivante click is timed in the page from its input
     * event to the next frame, the one that paints the new screen.
     */
    public static ClickLatency clicksWithSlowCommit(
            ScormEdition edition, Duration commit, Duration reading, int lessons) {
        ExportOptions options = ExportOptions.of(edition);
        try (LmsServer server = new LmsServer()) {
            ChromeDriver browser = Browser.start();
            try {
                String url =
                        server.serve(
                                "bench-clicks-" + edition.key(),
                                ExportedPackages.unzipped(options));
                TestLms lms = new TestLms(browser, server, edition);
                Learner learner = new Learner(browser, ExportedPackages.course(options));
                lms.launch(url, lms.firstLaunch("bench-clicks", "Bench, Learner"));
                lms.commitTakes(commit);
                for (int i = 0; i < lessons; i++) {
                    if (i > 0) {
                        learner.home();
                    }
                    learner.openLesson(i);
                    learner.toQuiz();
                    learner.answerAll(position -> position != 1, reading);
                }
                List<TestLms.Click> clicks =
                        lms.clicks().stream()
                                .filter(
                                        c ->
                                                c.button().contains("validate")
                                                        || c.button().contains("next"))
                                .toList();
                return new ClickLatency(
                        clicks.stream().map(TestLms.Click::latencyMillis).toList(),
                        clicks.stream().filter(TestLms.Click::waitedOnCommit).count());
            } finally {
                browser.quit();
            }
        }
    }

    public static CourseEditions hundredQuestions() {
        return GeneratedCourse.of(10, 8, 3);
    }

    private static double firstContentfulPaint(ChromeDriver browser) {
        Object paint =
                Browser.waitUpTo(browser, Duration.ofSeconds(10))
                        .until(
                                d ->
                                        ((ChromeDriver) d)
                                                .executeScript(
                                                        "var e = performance.getEntriesByName('first-contentful-paint'); return e.length ? e[0].startTime : null;"));
        return ((Number) paint).doubleValue();
    }
}
