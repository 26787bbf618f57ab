package fr.immunolearn.bench;

import fr.immunolearn.course.CourseEditions;
import fr.immunolearn.course.Lesson;
import fr.immunolearn.scormexport.ScormBenchmarks;
import fr.immunolearn.scormexport.ScormEdition;
import fr.immunolearn.security.Account;
import fr.immunolearn.testing.TestContent;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * The benchmark ({@code ./bench.sh}): package sizes, export times, launch of a package in an LMS,
 * memory per learner session, answer latency under load on H2 and PostgreSQL, cold start, a
 * learner's page loads and the heap under floods from one client, and suspend_data at the end of
 * the course. Prints a table and writes {@code target/bench/report.json}. Nothing here passes or
 * fails: a figure that misses its target says why in its note.
 */
public final class Benchmarks {

    private static final double KIB = 1024;

    /** The package budget, 100 KB read as 100,000 bytes (the stricter reading of "KB"). */
    private static final double KB_100 = 100_000;

    private Benchmarks() {}

    public static void main(String[] args) throws Exception {
        Path jar = Path.of(args.length > 0 ? args[0] : "target/immunolearn.jar");
        Path report = Path.of(args.length > 1 ? args[1] : "target/bench/report.json");
        BenchReport bench = new BenchReport();
        CourseEditions course = TestContent.editions();
        CourseEditions hundred = ScormBenchmarks.hundredQuestions();

        System.out.println("Package sizes…");
        for (Map.Entry<String, Integer> size :
                ScormBenchmarks.packageSizes(course, hundred).entrySet()) {
            boolean scorm12Course =
                    size.getKey().startsWith("scorm12") && !size.getKey().contains("100");
            bench.add(
                    Figure.of(
                            "size " + size.getKey(),
                            "package size, " + size.getKey(),
                            "bytes",
                            List.of((double) size.getValue()),
                            scorm12Course ? KB_100 : null,
                            null));
        }

        // The budget, on the zip the build leaves (mvn package, PackageBuild) beside the
        // jar.
        Path builtZip = jar.resolveSibling("immunolearn-scorm12.zip");
        if (Files.exists(builtZip)) {
            bench.add(
                    Figure.of(
                            "size built scorm12",
                            "SCORM 1.2 zip of the course, as built",
                            "bytes",
                            List.of((double) Files.size(builtZip)),
                            KB_100,
                            "budget: <= 100 KB (100,000 bytes), "
                                    + builtZip.getFileName()
                                    + " with its blocks and figures"));
        } else {
            System.out.println(
                    "No " + builtZip + ": no figure for the built zip (run after mvn package)");
        }

        System.out.println("Export times…");
        bench.add(
                Figure.of(
                        "export warm scorm12",
                        "export in process, warm, SCORM 1.2",
                        "ms",
                        ScormBenchmarks.warmExportMillis(course, ScormEdition.SCORM_12, 30, 60),
                        50.0,
                        null));
        bench.add(
                Figure.of(
                        "export warm scorm2004",
                        "export in process, warm, SCORM 2004",
                        "ms",
                        ScormBenchmarks.warmExportMillis(course, ScormEdition.SCORM_2004, 30, 60),
                        50.0,
                        null));
        bench.add(
                Figure.of(
                        "export cold cli",
                        "export command, cold (java -jar … export)",
                        "ms",
                        ColdStarts.cliExport(jar, 5),
                        null,
                        "JVM start, content loading and export together"));

        System.out.println("Launch in the test LMS…");
        bench.add(
                Figure.of(
                        "launch first screen scorm12",
                        "launch to first screen, SCORM 1.2",
                        "ms",
                        ScormBenchmarks.launchToFirstScreen(ScormEdition.SCORM_12, 12),
                        100.0,
                        "first-contentful-paint in the LMS frame, from the frame's navigation start"));
        bench.add(
                Figure.of(
                        "launch first screen scorm2004",
                        "launch to first screen, SCORM 2004",
                        "ms",
                        ScormBenchmarks.launchToFirstScreen(ScormEdition.SCORM_2004, 12),
                        100.0,
                        null));
        for (ScormEdition edition : ScormEdition.values()) {
            ScormBenchmarks.LessonLaunch lesson = ScormBenchmarks.launchToFirstLesson(edition, 12);
            bench.add(
                    Figure.of(
                            "launch first lesson paint " + edition.key(),
                            "relaunch into lesson 1, first paint, " + edition.label(),
                            "ms",
                            lesson.firstPaintMillis(),
                            100.0,
                            null));
            bench.add(
                    Figure.of(
                            "launch first lesson " + edition.key(),
                            "launch to first lesson on screen, " + edition.label(),
                            "ms",
                            lesson.lessonShownMillis(),
                            100.0,
                            "budget: launch to first lesson"
                                    + " <= 100 ms in the test LMS; a learner who left in lesson 1 relaunches, from the frame's"
                                    + " navigation start to the frame that paints the lesson's heading"));
        }
        bench.add(
                Figure.of(
                        "launch empty page",
                        "launch of a one-heading page (the floor)",
                        "ms",
                        ScormBenchmarks.launchOfAnEmptyPage(12),
                        null,
                        "what headless Chromium, the frame and the test LMS take before any player code"));

        System.out.println("LMS calls for the whole course, and clicks with a 3 s Commit…");
        lmsTraffic(bench);

        System.out.println("suspend_data…");
        bench.add(
                Figure.of(
                        "suspend_data course",
                        "suspend_data at the end, this course (worst case)",
                        "chars",
                        List.of((double) ScormBenchmarks.suspendDataAtEnd(course)),
                        4096.0,
                        "every quiz used every attempt with the longest answers"));
        bench.add(
                Figure.of(
                        "suspend_data hundred",
                        "suspend_data at the end, 100 questions (worst case)",
                        "chars",
                        List.of((double) ScormBenchmarks.suspendDataAtEnd(hundred)),
                        4096.0,
                        null));

        System.out.println("Cold start of the production jar…");
        Figure cold =
                Figure.of(
                        "cold start",
                        "cold start of the jar to the first page",
                        "ms",
                        ColdStarts.firstPage(jar, 5),
                        8000.0,
                        null);
        bench.add(
                cold.meetsTarget()
                        ? cold
                        : cold.withNote(
                                "Spring Boot, Vaadin's start-up scan and Flyway on 2 cores"));

        System.out.println(
                "Slow bodies and a session flood from one client, against the production jar…");
        Floods.addTo(bench, jar);

        Path h2 = Files.createTempDirectory("immunolearn-bench-h2");
        try (AppInProcess app =
                AppInProcess.start(
                        List.of(
                                "--spring.datasource.url=jdbc:h2:file:"
                                        + h2.resolve("db")
                                        + ";DB_CLOSE_ON_EXIT=FALSE;WRITE_DELAY=0;DATABASE_TO_LOWER=TRUE"))) {
            System.out.println("Memory per learner session…");
            memory(bench, app);
            System.out.println("Answer latency on H2…");
            latency(bench, app, "H2 (file)");
        }
        if (System.getenv("IMMUNOLEARN_DB_URL") != null) {
            try (AppInProcess app =
                    AppInProcess.start(List.of("--spring.profiles.active=postgres"))) {
                System.out.println("Answer latency on PostgreSQL…");
                latency(bench, app, "PostgreSQL");
            }
        } else {
            System.out.println(
                    "No IMMUNOLEARN_DB_URL: no PostgreSQL figures (./bench.sh starts a server)");
        }

        bench.print(System.out);
        bench.write(report);
        System.out.println();
        System.out.println("Written to " + report.toAbsolutePath());
    }

    /**
     * Cheap on the LMS, instant for the learner: Commits and SetValue calls per answered question
     * for the whole course, and the click-to-screen time of Valider and Question suivante when
     * every Commit holds the page for 3 s (as Moodle's synchronous request does on a slow server).
     */
    private static void lmsTraffic(BenchReport bench) {
        for (ScormEdition edition : ScormEdition.values()) {
            ScormBenchmarks.LmsTraffic traffic =
                    ScormBenchmarks.wholeCourse(edition, Duration.ofSeconds(1));
            bench.add(
                    Figure.of(
                            "lms commits " + edition.key(),
                            "Commits per answered question, whole course, " + edition.label(),
                            "commits",
                            List.of(traffic.commitsPerAnswer()),
                            null,
                            traffic.commits()
                                    + " Commits for "
                                    + traffic.answers()
                                    + " answers (target: one per answer plus a few); a learner"
                                    + " reading each feedback for 1 s, so that no two answers share a Commit"));
            bench.add(
                    Figure.of(
                            "lms setvalue " + edition.key(),
                            "SetValue per answered question, whole course, " + edition.label(),
                            "calls",
                            List.of(traffic.setValuesPerAnswer()),
                            20.0,
                            traffic.setValues()
                                    + " SetValue for "
                                    + traffic.answers()
                                    + " answers"));
        }
        Duration commit = Duration.ofSeconds(3);
        Map<String, Duration> learners = new java.util.LinkedHashMap<>();
        learners.put("reading each feedback 4.5 s", Duration.ofMillis(4500));
        learners.put("clicking on at once", Duration.ZERO);
        for (ScormEdition edition : ScormEdition.values()) {
            for (Map.Entry<String, Duration> learner : learners.entrySet()) {
                ScormBenchmarks.ClickLatency clicks =
                        ScormBenchmarks.clicksWithSlowCommit(
                                edition, commit, learner.getValue(), 2);
                String id = "click " + edition.key() + " " + learner.getKey();
                String label =
                        "click to screen, Commit 3 s, " + edition.label() + ", " + learner.getKey();
                Figure times =
                        Figure.of(
                                id,
                                label,
                                "ms",
                                clicks.millis(),
                                100.0,
                                clicks.waitedOnCommit()
                                        + " of "
                                        + clicks.millis().size()
                                        + " clicks (Valider, Question suivante; 2 quizzes) waited on a Commit");
                bench.add(times);
                bench.add(
                        Figure.of(
                                id + " p95",
                                label + ", p95",
                                "ms",
                                List.of(times.percentile(95)),
                                100.0,
                                null));
            }
        }
    }

    private static void memory(BenchReport bench, AppInProcess app) throws Exception {
        String note =
                "real HTTP sessions and Vaadin UIs, no browser: sign-in, then the three requests Chromium"
                        + " makes for a page (init, navigation, the next message); live heap after full GC";
        List<Account> learners = Accounts.learners(app, 505, "memory-" + UUID.randomUUID());
        SessionMemory sessions = new SessionMemory(app);
        sessions.openUntil(5, learners);
        double base = SessionMemory.median(SessionMemory.liveHeap(3));
        bench.add(
                Figure.of(
                        "heap 0",
                        "live heap of the app with no learner session",
                        "MiB",
                        List.of(base / KIB / KIB),
                        null,
                        "5 sessions opened and kept to warm the app up"));
        for (int n : new int[] {100, 500}) {
            sessions.openUntil(n + 5, learners);
            List<Double> readings = SessionMemory.liveHeap(5);
            bench.add(
                    Figure.of(
                            "heap " + n,
                            "live heap with " + n + " learner sessions on a quiz",
                            "MiB",
                            readings.stream().map(heap -> heap / KIB / KIB).toList(),
                            null,
                            null));
            bench.add(
                    Figure.of(
                            "session " + n,
                            "heap per learner session on a quiz, N = " + n,
                            "KiB",
                            readings.stream().map(heap -> (heap - base) / n / KIB).toList(),
                            64.0,
                            note));
        }
        Map<String, String> pages = new java.util.LinkedHashMap<>();
        pages.put("signed in, no page open", null);
        pages.put("on the course home", "");
        // The budget: a lesson with blocks, the one with the most of them (chosen from the
        // model).
        Lesson heaviest =
                SessionMemory.lessonWithMostBlocks(app.bean(CourseEditions.class).defaultEdition());
        String onLesson = "on the lesson with the most blocks";
        pages.put(onLesson, "lecon/" + heaviest.id());
        for (Map.Entry<String, String> page : pages.entrySet()) {
            List<Account> more = Accounts.learners(app, 100, "memory-page-" + UUID.randomUUID());
            SessionMemory others = new SessionMemory(app, page.getValue());
            double before = SessionMemory.median(SessionMemory.liveHeap(3));
            others.openUntil(100, more);
            List<Double> after = SessionMemory.liveHeap(3);
            boolean lesson = page.getKey().equals(onLesson);
            bench.add(
                    Figure.of(
                            "session " + page.getKey(),
                            "heap per learner session " + page.getKey() + ", N = 100",
                            "KiB",
                            after.stream().map(heap -> (heap - before) / 100 / KIB).toList(),
                            lesson ? 64.0 : null,
                            lesson
                                    ? "lesson \""
                                            + heaviest.id()
                                            + "\", "
                                            + SessionMemory.blocks(heaviest)
                                            + " interactive blocks (budget: 64 KiB per session on a lesson with blocks)"
                                    : null));
        }
    }

    private static void latency(BenchReport bench, AppInProcess app, String database)
            throws Exception {
        // Warm the JIT and the pools first: the figures are those of a running server, not of its
        // first minute.
        AnswerLatency.measure(app, 20, "warm-" + UUID.randomUUID(), Duration.ZERO);
        AnswerLatency.measure(app, 20, "warm-" + UUID.randomUUID(), Duration.ZERO);
        for (int n : new int[] {1, 10, 50}) {
            AnswerLatency.Result result =
                    AnswerLatency.measure(
                            app, n, "latency-" + n + "-" + UUID.randomUUID(), Duration.ZERO);
            String note =
                    n < 50
                            ? null
                            : "stress: every learner answers again the moment the last answer is stored,"
                                    + " so 50 answers always wait for 2 cores and the connection pool; on average a wait of"
                                    + " 50 / throughput (Little's law), whatever the code";
            addLatency(
                    bench,
                    database,
                    n + " learners, no pause",
                    result,
                    n == 50 ? 20.0 : null,
                    note);
        }
        AnswerLatency.Result paced =
                AnswerLatency.measure(app, 50, "paced-" + UUID.randomUUID(), Duration.ofSeconds(1));
        addLatency(
                bench,
                database,
                "50 learners, ~1 s between answers",
                paced,
                20.0,
                "50 learners answering together at a pace still far quicker than anyone reads a question");
    }

    private static void addLatency(
            BenchReport bench,
            String database,
            String load,
            AnswerLatency.Result result,
            Double target,
            String note) {
        Figure times =
                Figure.of(
                        "answer " + database + " " + load,
                        "answer, submit to durable, " + database + ", " + load,
                        "ms",
                        result.millis(),
                        null,
                        null);
        bench.add(times);
        bench.add(
                Figure.of(
                        "answer p95 " + database + " " + load,
                        "answer p95, " + database + ", " + load,
                        "ms",
                        List.of(times.percentile(95)),
                        null,
                        null));
        bench.add(
                Figure.of(
                        "answer p99 " + database + " " + load,
                        "answer p99, " + database + ", " + load,
                        "ms",
                        List.of(times.percentile(99)),
                        target,
                        note));
        bench.add(
                new Figure(
                        "throughput " + database + " " + load,
                        "answers per second, " + database + ", " + load,
                        "answers/s",
                        List.of(result.answersPerSecond()),
                        null,
                        false,
                        null));
    }
}
