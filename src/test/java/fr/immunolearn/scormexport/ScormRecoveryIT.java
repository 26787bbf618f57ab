package fr.immunolearn.scormexport;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import fr.immunolearn.course.Course;
import fr.immunolearn.course.CourseEditions;
import fr.immunolearn.course.Lesson;
import fr.immunolearn.course.Question;
import fr.immunolearn.course.Quiz;
import fr.immunolearn.testing.Browser;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.MethodSource;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;

/**
 * What the LMS holds is never reset or lowered, whatever state a launch gets: a damaged one, one of
 * another course, one of this course's format with a lesson fewer, one of the previous version of
 * the content, or none at all because reading it fails. The learner is told, on the home screen.
 */
class ScormRecoveryIT {

    /** The suspend_data a passed course is seeded with, none of which this package can use. */
    enum Damage {
        GARBAGE,
        ANOTHER_COURSE,
        A_LESSON_FEWER
    }

    private LmsServer server;
    private ChromeDriver browser;
    private PageErrors pageErrors;

    @BeforeEach
    void startServer() {
        LmsServer.runtimeFolder();
        server = new LmsServer();
    }

    @AfterEach
    void stop() {
        if (browser != null) {
            browser.quit();
        }
        server.close();
    }

    private ChromeDriver browser() {
        if (browser != null) {
            browser.quit();
        }
        browser = Browser.start();
        pageErrors = PageErrors.watch(browser);
        return browser;
    }

    static Stream<Arguments> damagedStates() {
        return Stream.of(ScormEdition.values())
                .flatMap(e -> Stream.of(Damage.values()).map(d -> Arguments.of(e, d)));
    }

    @ParameterizedTest
    @MethodSource("damagedStates")
    void aStateThatCannotBeReadLeavesAPassedCourseAsTheLmsHoldsItAndTheLearnerIsTold(
            ScormEdition edition, Damage damage) {
        ExportOptions options = ExportOptions.of(edition);
        ExportedCourse exported = ExportedPackages.course(options);
        Course course = exported.course();
        browser();
        String damaged =
                switch (damage) {
                    case GARBAGE -> "xyz";
                    case ANOTHER_COURSE -> anotherCoursesState();
                    case A_LESSON_FEWER -> versionOneWithALessonFewer(course);
                };
        String url = server.serve("damaged", ExportedPackages.unzipped(options));
        TestLms lms = new TestLms(browser, server, edition);
        ObjectNode passed = passedRecord(lms, course, damaged);
        Map<String, String> held = record(edition, passed);

        lms.launch(url, passed);
        Learner learner = new Learner(browser, exported);
        assertThat(learner.heading()).isEqualTo(course.title());
        assertThat(lms.sets()).as("nothing written before the learner does something").isEmpty();
        List<WebElement> states = browser.findElements(By.cssSelector(".lessons .state"));
        assertThat(states)
                .as("lessons the LMS holds as passed stay passed")
                .hasSize(course.lessons().size())
                .allMatch(state -> state.getText().startsWith("Terminée : quiz réussi (100 %)"));
        assertThat(notice()).contains("n’a pas pu être lue").contains("gardés tels quels");
        lms.unload();
        assertThat(lms.sets()).as("nor as the page goes away").isEmpty();
        assertThat(record(edition, lms.snapshot())).isEqualTo(held);

        // The next launch gets the same damaged state; this time the learner reads a lesson and
        // leaves.
        lms.launch(url, lms.nextLaunch(lms.snapshot()));
        assertThat(notice()).contains("n’a pas pu être lue");
        learner.openLesson(1);
        browser.findElement(By.cssSelector("button.exit")).click();
        assertThat(lms.terminated()).isTrue();
        JsonNode after = lms.snapshot();
        assertThat(record(edition, after))
                .as("what the learner did is written, nothing lower than the LMS held")
                .isEqualTo(held);
        assertThat(after.get("suspend_data").asText()).startsWith("3|");
        assertThat(lms.runtimeErrors()).isEmpty();
        assertThat(pageErrors.errors()).isEmpty();
    }

    @ParameterizedTest
    @EnumSource(ScormEdition.class)
    void aStateFromThePreviousVersionOfTheContentKeepsWhatStillAppliesAndSaysWhatWasDropped(
            ScormEdition edition) {
        ExportOptions options = ExportOptions.of(edition).withRandomise(false);
        CourseEditions before = GeneratedCourse.of(3, 4, 3);
        CourseEditions after = nextVersion(before);
        ExportedCourse oldCourse = ExportedCourse.of(before, options);
        ExportedCourse newCourse = ExportedCourse.of(after, options);
        String oldUrl =
                server.serve("v1", ExportedPackages.unzip(ScormExporter.export(before, options)));
        String newUrl =
                server.serve("v2", ExportedPackages.unzip(ScormExporter.export(after, options)));
        TestLms lms = new TestLms(browser(), server, edition);
        Learner learner = new Learner(browser, oldCourse);
        lms.launch(oldUrl, lms.firstLaunch("learner-31", "Blanc, Zoé"));
        learner.openLesson(0);
        learner.toQuiz();
        learner.answerAll(position -> true);
        learner.home();
        learner.openLesson(2);
        learner.home();
        learner.openLesson(1);
        learner.toQuiz();
        learner.answer(true);
        learner.next();
        learner.answer(false);
        learner.next();
        String waiting = learner.questionId();
        lms.unload();
        JsonNode stored = lms.snapshot();

        // The LMS carries the old state into the new version of the package, in a fresh browser.
        lms = new TestLms(browser(), server, edition);
        Learner same = new Learner(browser, newCourse);
        lms.launch(newUrl, lms.nextLaunch(stored));
        assertThat(same.heading()).isEqualTo(newCourse.course().title());
        assertThat(notice())
                .contains("mis à jour")
                .contains("réponses : 1")
                .contains("leçons : 1")
                .contains("quiz : 0");
        List<WebElement> states = browser.findElements(By.cssSelector(".lessons .state"));
        assertThat(states).hasSize(2);
        assertThat(states.get(0).getText())
                .as("the passed quiz keeps its best score")
                .isEqualTo("Terminée : quiz réussi (100 %)");
        assertThat(states.get(1).getText()).isEqualTo("En cours");
        same.openLesson(0);
        same.toQuiz();
        assertThat(browser.findElements(By.cssSelector(".review > li")))
                .as("the answers to the questions that remain")
                .hasSize(3);
        same.home();
        same.openLesson(1);
        same.toQuiz();
        assertThat(same.questionId())
                .as("the attempt in progress goes on where it was")
                .isEqualTo(waiting);
        assertThat(same.progressText()).startsWith("Question 3 sur 4");
        assertThat(pageErrors.errors()).isEmpty();
    }

    @ParameterizedTest
    @EnumSource(ScormEdition.class)
    void aReadOfSuspendDataThatFailsIsRetriedAndTheLearnerResumesAtTheirQuestion(
            ScormEdition edition) {
        ExportOptions options = ExportOptions.of(edition);
        ExportedCourse exported = ExportedPackages.course(options);
        String url = server.serve("flaky-read", ExportedPackages.unzipped(options));
        JsonNode stored = midQuiz(url, exported, edition);
        String waiting = stored.get("waiting").asText();
        JsonNode cmi = stored.get("cmi");

        // Twice: the reads at start get it.
        TestLms lms = new TestLms(browser(), server, edition);
        lms.launchFailingReads(url, lms.nextLaunch(cmi), "cmi.suspend_data", 2, "101");
        Learner learner = new Learner(browser, exported);
        assertThat(learner.questionId()).isEqualTo(waiting);
        assertThat(lms.calls()).contains(getValue(edition) + " cmi.suspend_data (failed)");

        // Three times: every read at start fails; the one asked for a moment later gets it.
        lms = new TestLms(browser(), server, edition);
        lms.launchFailingReads(url, lms.nextLaunch(cmi), "cmi.suspend_data", 3, "101");
        Learner later = new Learner(browser, exported);
        assertThat(notice()).contains("n’a pas transmis");
        assertThat(lms.sets()).isEmpty();
        Browser.waitUpTo(browser, Duration.ofSeconds(10)).until(d -> later.onQuestion());
        assertThat(later.questionId()).isEqualTo(waiting);
        assertThat(pageErrors.errors()).isEmpty();
    }

    @ParameterizedTest
    @EnumSource(ScormEdition.class)
    void aReadOfSuspendDataThatKeepsFailingWritesNothingLowerThanTheLmsHolds(ScormEdition edition) {
        ExportOptions options = ExportOptions.of(edition);
        ExportedCourse exported = ExportedPackages.course(options);
        String url = server.serve("broken-read", ExportedPackages.unzipped(options));
        JsonNode cmi = midQuiz(url, exported, edition).get("cmi");
        Map<String, String> held = record(edition, cmi);
        assertThat(held).as("lesson 1 passed before").containsValue("passed");

        TestLms lms = new TestLms(browser(), server, edition);
        lms.launchFailingReads(url, lms.nextLaunch(cmi), "cmi.suspend_data", -1, "101");
        Learner learner = new Learner(browser, exported);
        assertThat(lms.sets()).isEmpty();
        learner.openLesson(2);
        browser.findElement(By.cssSelector("button.exit")).click();
        JsonNode after = lms.snapshot();
        Map<String, String> now = record(edition, after);
        held.forEach(
                (element, value) -> {
                    if (List.of("passed", "completed").contains(value)
                            || (element.endsWith("raw") && !value.isEmpty())) {
                        assertThat(now.get(element)).as(element).isEqualTo(value);
                    }
                });
        assertThat(lms.calls()).contains(getValue(edition) + " cmi.suspend_data (failed)");
        lms.launchFailingReads(url, lms.nextLaunch(after), "cmi.suspend_data", -1, "101");
        assertThat(notice()).contains("n’a pas transmis");
        assertThat(pageErrors.errors()).isEmpty();
    }

    @ParameterizedTest
    @EnumSource(ScormEdition.class)
    void aStateThatPackagesAlreadyInLmssWroteIsStillRead(ScormEdition edition) {
        ExportOptions options = ExportOptions.of(edition);
        ExportedCourse exported = ExportedPackages.course(options);
        Course course = exported.course();
        String url = server.serve("version-one", ExportedPackages.unzipped(options));
        TestLms lms = new TestLms(browser(), server, edition);
        List<String> quizzes = new ArrayList<>();
        for (int q = 0; q < course.quizzes().size(); q++) {
            quizzes.add(q == 0 ? "1.rs.rs.0." : "0...0.");
        }
        ObjectNode cmi = lms.firstLaunch("learner-3", "Morel, Lina");
        (edition == ScormEdition.SCORM_12 ? (ObjectNode) cmi.get("core") : cmi)
                .put("entry", "resume");
        cmi.put(
                "suspend_data",
                "1|4|home|1"
                        + "0".repeat(course.lessons().size() - 1)
                        + "|0|"
                        + String.join(";", quizzes));
        lms.launch(url, cmi);
        List<WebElement> states = browser.findElements(By.cssSelector(".lessons .state"));
        assertThat(states.get(0).getText()).isEqualTo("Terminée : quiz réussi (100 %)");
        assertThat(states.get(1).getText()).isEqualTo("Non commencée");
        assertThat(browser.findElements(By.cssSelector("main .notice"))).isEmpty();
        assertThat(lms.lastSet("cmi.suspend_data"))
                .as("written again in the new format")
                .startsWith("3|");
    }

    /**
     * The one rule of what is written over the LMS's record (Connection.floor), case by case: the
     * report as the player has it, what the LMS holds, what is written.
     */
    @ParameterizedTest
    @MethodSource("floorCases")
    void nothingIsWrittenLowerThanTheLmsHolds(String report, String held, String written)
            throws Exception {
        ExportOptions options = ExportOptions.of(ScormEdition.SCORM_2004);
        browser().get(server.serve("floor", ExportedPackages.unzipped(options)));
        Object result =
                browser.executeScript(
                        "return JSON.stringify(ImmunoLearn.Connection.floor(JSON.parse(arguments[0]), JSON.parse(arguments[1])));",
                        report,
                        held);
        assertThat(TestLms.JSON.readTree((String) result))
                .isEqualTo(TestLms.JSON.readTree(written));
    }

    static Stream<Arguments> floorCases() {
        String fresh =
                "{'outcome':{'completed':false,'success':'unknown','score':null,'finished':false},"
                        + "'objectives':[{'id':'l1','lms':'l1','status':'not attempted','score':null},{'id':'l2','lms':'l2','status':'incomplete','score':null}],"
                        + "'location':'home','suspendData':'2|x'}";
        String passed =
                "{'outcome':{'completed':true,'success':'passed','score':90},"
                        + "'objectives':{'l1':{'status':'passed','score':100},'l2':{'status':'failed','score':40}}}";
        String better =
                "{'outcome':{'completed':true,'success':'passed','score':95,'finished':true},"
                        + "'objectives':[{'id':'l1','lms':'l1','status':'passed','score':100},{'id':'l2','lms':'l2','status':'passed','score':85}],"
                        + "'location':'results/final','suspendData':'2|y'}";
        String completedOnly =
                "{'outcome':{'completed':true,'success':'unknown','score':null},"
                        + "'objectives':{'l1':{'status':'completed','score':null}}}";
        String failedNow =
                "{'outcome':{'completed':false,'success':'failed','score':50,'finished':true},"
                        + "'objectives':[{'id':'l1','lms':'l1','status':'failed','score':50}],'location':'home','suspendData':'2|z'}";
        return Stream.of(
                        Arguments.of(
                                fresh,
                                passed,
                                "{'outcome':{'completed':true,'success':'passed','score':90,'finished':false},"
                                        + "'objectives':[{'id':'l1','lms':'l1','status':'passed','score':100},{'id':'l2','lms':'l2','status':'failed','score':40}],"
                                        + "'location':'home','suspendData':'2|x'}"),
                        Arguments.of(better, passed, better),
                        Arguments.of(fresh, "{'outcome':{},'objectives':{}}", fresh),
                        // Failed is as far as completed: the learner's own newer word is kept.
                        Arguments.of(
                                failedNow,
                                completedOnly,
                                "{'outcome':{'completed':true,'success':'failed','score':50,'finished':true},"
                                        + "'objectives':[{'id':'l1','lms':'l1','status':'failed','score':50}],'location':'home','suspendData':'2|z'}"))
                .map(
                        a ->
                                Arguments.of(
                                        Stream.of(a.get())
                                                .map(o -> ((String) o).replace('\'', '"'))
                                                .toArray()));
    }

    /* ---------- the states and records the tests start from ---------- */

    private static String getValue(ScormEdition edition) {
        return edition == ScormEdition.SCORM_12 ? "LMSGetValue" : "GetValue";
    }

    private String notice() {
        return browser.findElement(By.cssSelector("main .notice")).getText();
    }

    /**
     * A first session: lesson 1's quiz passed, lesson 2's left after two answers. Returns {cmi:
     * what the LMS holds, waiting: the question the learner was on}.
     */
    private JsonNode midQuiz(String url, ExportedCourse exported, ScormEdition edition) {
        TestLms lms = new TestLms(browser(), server, edition);
        Learner learner = new Learner(browser, exported);
        lms.launch(url, lms.firstLaunch("learner-12", "Garnier, Paul"));
        learner.openLesson(0);
        learner.toQuiz();
        learner.answerAll(position -> true);
        learner.home();
        learner.openLesson(1);
        learner.toQuiz();
        learner.answer(true);
        learner.next();
        learner.answer(true);
        learner.next();
        String waiting = learner.questionId();
        lms.unload();
        ObjectNode result = TestLms.JSON.createObjectNode();
        result.set("cmi", lms.snapshot());
        result.put("waiting", waiting);
        return result;
    }

    /**
     * The whole course passed at 100 %, as an LMS holds it after an earlier session, with {@code
     * suspendData}.
     */
    private static ObjectNode passedRecord(TestLms lms, Course course, String suspendData) {
        ObjectNode cmi = lms.firstLaunch("learner-5", "Roux, Chloé");
        boolean v12 = lms.edition == ScormEdition.SCORM_12;
        ObjectNode holder = v12 ? (ObjectNode) cmi.get("core") : cmi;
        holder.put("entry", "resume");
        if (v12) {
            holder.put("lesson_status", "passed");
            holder.put("lesson_location", "home");
        } else {
            cmi.put("completion_status", "completed");
            cmi.put("success_status", "passed");
            cmi.put("location", "home");
        }
        ObjectNode score = holder.putObject("score");
        score.put("raw", "100");
        score.put("min", "0");
        score.put("max", "100");
        if (!v12) {
            score.put("scaled", "1");
        }
        cmi.put("suspend_data", suspendData);
        ArrayNode objectives = cmi.putArray("objectives");
        for (Lesson lesson : course.lessons()) {
            ObjectNode objective = objectives.addObject();
            // The LMS holds each objective under its LMS identifier, as the player wrote it.
            objective.put("id", LmsIdentifiers.of(course).lesson(lesson.id()));
            if (v12) {
                objective.put("status", "passed");
            } else {
                objective.put("success_status", "passed");
                objective.put("completion_status", "completed");
            }
            ObjectNode s = objective.putObject("score");
            s.put("raw", "100");
            s.put("min", "0");
            s.put("max", "100");
        }
        return cmi;
    }

    /**
     * The course's record in a data model: status, success, score and each objective's, by element.
     */
    private static Map<String, String> record(ScormEdition edition, JsonNode cmi) {
        Map<String, String> record = new LinkedHashMap<>();
        boolean v12 = edition == ScormEdition.SCORM_12;
        JsonNode holder = v12 ? cmi.path("core") : cmi;
        for (String element :
                v12 ? List.of("lesson_status") : List.of("completion_status", "success_status")) {
            record.put(element, holder.path(element).asText());
        }
        record.put("score.raw", holder.path("score").path("raw").asText());
        JsonNode objectives = cmi.path("objectives");
        List<JsonNode> list = new ArrayList<>();
        if (objectives.isArray()) {
            objectives.forEach(list::add);
        } else {
            for (int n = 0; objectives.has(Integer.toString(n)); n++) {
                list.add(objectives.get(Integer.toString(n)));
            }
        }
        for (JsonNode objective : list) {
            String id = objective.path("id").asText();
            for (String element :
                    v12 ? List.of("status") : List.of("completion_status", "success_status")) {
                record.put("objective " + id + " " + element, objective.path(element).asText());
            }
            record.put(
                    "objective " + id + " score.raw", objective.path("score").path("raw").asText());
        }
        return record;
    }

    /**
     * This course's format as packages in LMSs wrote it (version "1"), every quiz passed, with a
     * lesson fewer.
     */
    private static String versionOneWithALessonFewer(Course course) {
        int lessons = course.lessons().size() - 1;
        List<String> quizzes = new ArrayList<>();
        for (int q = 0; q < lessons + 1; q++) {
            quizzes.add("1.rs.rs.0.");
        }
        return "1|9|home|" + "1".repeat(lessons) + "|0|" + String.join(";", quizzes);
    }

    /**
     * The end state of another course's package (a generated one), as its own player encodes it.
     */
    private String anotherCoursesState() {
        ScormPackage other =
                ScormExporter.export(
                        GeneratedCourse.of(2, 3, 1), ExportOptions.of(ScormEdition.SCORM_12));
        browser.get(server.serve("other", ExportedPackages.unzip(other)));
        String result = (String) browser.executeScript(SuspendDataPlay.SCRIPT, "x", false, 4096);
        try {
            return TestLms.JSON.readTree(result).get("encoded").asText();
        } catch (java.io.IOException e) {
            throw new IllegalStateException(e);
        }
    }

    /**
     * The next version of a generated course: the first quiz loses its last question, and the last
     * lesson goes, with its quiz and its questions in the final assessment's pool.
     */
    private static CourseEditions nextVersion(CourseEditions editions) {
        Course course = editions.defaultEdition();
        List<Lesson> lessons =
                new ArrayList<>(course.lessons().subList(0, course.lessons().size() - 1));
        Lesson first = lessons.get(0);
        Quiz quiz = first.quiz();
        List<Question> fewer = quiz.questions().subList(0, quiz.questions().size() - 1);
        lessons.set(
                0,
                new Lesson(
                        first.id(),
                        first.title(),
                        first.objectives(),
                        first.concepts(),
                        first.introHtml(),
                        first.passages(),
                        first.keyPoints(),
                        first.glossaryTerms(),
                        new Quiz(
                                quiz.id(),
                                quiz.lessonId(),
                                quiz.title(),
                                quiz.passMark(),
                                quiz.maxAttempts(),
                                fewer.size(),
                                quiz.shuffleQuestions(),
                                quiz.shuffleChoices(),
                                fewer)));
        List<String> passages =
                lessons.stream().flatMap(l -> l.passages().stream()).map(p -> p.id()).toList();
        Quiz last = course.finalAssessment();
        List<Question> pool =
                last.questions().stream().filter(q -> passages.contains(q.passageId())).toList();
        Quiz finalAssessment =
                new Quiz(
                        last.id(),
                        last.lessonId(),
                        last.title(),
                        last.passMark(),
                        last.maxAttempts(),
                        Math.min(last.drawCount(), pool.size()),
                        last.shuffleQuestions(),
                        last.shuffleChoices(),
                        pool);
        Course next =
                new Course(
                        course.id(),
                        course.language(),
                        course.title(),
                        course.description(),
                        course.source(),
                        course.disclaimer(),
                        course.completion(),
                        course.finalUnlock(),
                        course.concepts(),
                        course.glossary(),
                        lessons,
                        finalAssessment);
        return new CourseEditions(editions.defaultLanguage(), Map.of(course.language(), next));
    }
}
