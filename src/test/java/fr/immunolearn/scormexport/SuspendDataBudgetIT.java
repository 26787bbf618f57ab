package fr.immunolearn.scormexport;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import fr.immunolearn.course.CourseEditions;
import fr.immunolearn.testing.Browser;
import fr.immunolearn.testing.TestContent;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.openqa.selenium.chrome.ChromeDriver;

/**
 * The learner's whole state fits SCORM 1.2's 4,096 characters of suspend_data, for this course and
 * for a generated course of 100 questions, measured on the player's own encoder (progress.js) after
 * every quiz has used every attempt; and what comes back from it scores the same.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class SuspendDataBudgetIT {

    private static final int LIMIT = ScormEdition.SCORM_12.suspendDataLimit();
    private static final java.nio.file.Path BLOCKS_COURSE =
            java.nio.file.Path.of("src/test/resources/fr/immunolearn/blocks/course");

    private LmsServer server;
    private ChromeDriver browser;

    @BeforeAll
    void start() {
        server = new LmsServer();
        browser = Browser.start();
    }

    @AfterAll
    void stop() {
        browser.quit();
        server.close();
    }

    private JsonNode play(String name, CourseEditions editions, String typed, boolean leaveOpen) {
        ScormPackage scorm =
                ScormExporter.export(editions, ExportOptions.of(ScormEdition.SCORM_12));
        browser.get(server.serve(name, ExportedPackages.unzip(scorm)));
        try {
            return TestLms.JSON.readTree(
                    (String)
                            browser.executeScript(SuspendDataPlay.SCRIPT, typed, leaveOpen, LIMIT));
        } catch (java.io.IOException e) {
            throw new IllegalStateException(e);
        }
    }

    private static void assertNothingScoredIsLost(JsonNode result) {
        JsonNode before = result.get("before");
        JsonNode after = result.get("after");
        for (int q = 0; q < before.size(); q++) {
            for (String field : List.of("tries", "best", "last", "open")) {
                assertThat(after.get(q).get(field))
                        .as("quiz %d %s", q, field)
                        .isEqualTo(before.get(q).get(field));
            }
            if (before.get(q).get("open").asBoolean()) {
                assertThat(after.get(q).get("credits"))
                        .as("quiz %d answers in progress", q)
                        .isEqualTo(before.get(q).get("credits"));
            }
        }
    }

    @Test
    void thisCoursesEndStateFitsWithEveryAnswerKept() {
        JsonNode result =
                play("real", TestContent.editions(), "une réponse qui n’est pas la bonne", false);
        assertThat(result.get("encoded").asText().length())
                .isLessThanOrEqualTo(LIMIT)
                .isEqualTo(result.get("full").asInt());
        assertNothingScoredIsLost(result);
        assertThat(result.get("after")).isEqualTo(result.get("before"));
        assertThat(result.get("checksAfter")).isEqualTo(result.get("checksBefore"));
    }

    @Test
    void aCourseWithKnowledgeChecksKeepsEveryCheckAnswerWithinTheLimit() {
        CourseEditions blocks = fr.immunolearn.course.loading.CourseLoader.load(BLOCKS_COURSE);
        JsonNode result = play("blocks", blocks, "une réponse qui n’est pas la bonne", false);
        String encoded = result.get("encoded").asText();
        System.out.printf(
                "blocks test course end state: %d characters of suspend_data%n", encoded.length());
        assertThat(encoded.length())
                .isLessThanOrEqualTo(LIMIT)
                .isEqualTo(result.get("full").asInt());
        assertThat(result.get("checksBefore").size()).as("checks answered").isEqualTo(2);
        assertThat(result.get("checksAfter")).isEqualTo(result.get("checksBefore"));
        assertThat(result.get("after")).isEqualTo(result.get("before"));
    }

    @Test
    void aHundredQuestionCourseEndStateFitsWithEveryAnswerKept() {
        CourseEditions generated = GeneratedCourse.of(10, 8, 3);
        assertThat(generated.defaultEdition().questions()).hasSize(100);
        JsonNode result = play("hundred", generated, "une réponse qui n’est pas la bonne", false);
        int length = result.get("encoded").asText().length();
        assertThat(length)
                .as("end-of-course suspend_data of 100 questions")
                .isLessThanOrEqualTo(LIMIT)
                .isEqualTo(result.get("full").asInt());
        assertThat(result.get("after")).isEqualTo(result.get("before"));
        assertThat(result.get("reviews")).allMatch(JsonNode::asBoolean);
    }

    @Test
    void aHundredQuestionCourseWithEveryTypedAnswerAtItsLongestStillFitsAndScoresTheSame() {
        String longest = "a,b.c|d;e\\\\f ".repeat(20).substring(0, 200);
        JsonNode ended = play("hundred-long", GeneratedCourse.of(10, 8, 3), longest, false);
        assertThat(ended.get("full").asInt())
                .as("the full state would not fit")
                .isGreaterThan(LIMIT);
        assertThat(ended.get("encoded").asText().length()).isLessThanOrEqualTo(LIMIT);
        assertNothingScoredIsLost(ended);

        // Every quiz left in the middle of its last attempt: the answers in progress are all kept.
        JsonNode midway = play("hundred-open", GeneratedCourse.of(10, 8, 3), longest, true);
        assertThat(midway.get("encoded").asText().length()).isLessThanOrEqualTo(LIMIT);
        assertNothingScoredIsLost(midway);
    }
}
