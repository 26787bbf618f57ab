package fr.immunolearn.progress;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.DynamicTest.dynamicTest;

import com.fasterxml.jackson.databind.JsonNode;
import fr.immunolearn.progress.CourseRules.FeedbackPart;
import fr.immunolearn.progress.CourseRules.Outcome;
import fr.immunolearn.progress.CourseRules.Verdict;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import java.util.stream.StreamSupport;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * The course rules as the shared vectors write them down; the SCORM player passes the same vectors
 * (PlayerCourseRulesIT).
 */
class CourseRulesVectorsTest {

    private static final JsonNode VECTORS = CourseRulesVectors.load();

    @TestFactory
    Stream<DynamicTest> aLessonIsReadAsTheVectorsSay() {
        return each("lessonRead")
                .map(
                        v ->
                                dynamicTest(
                                        v.get("name").asText(),
                                        () ->
                                                assertThat(
                                                                CourseRules.lessonRead(
                                                                        v.get("wentToQuiz")
                                                                                .asBoolean(),
                                                                        v.get("checksAnswered")
                                                                                .asInt(),
                                                                        v.get("checks").asInt()))
                                                        .isEqualTo(v.get("expected").asBoolean())));
    }

    @TestFactory
    Stream<DynamicTest> attemptsPassesAndLessonsDoneAreAsTheVectorsSay() {
        return each("attempts")
                .map(
                        v ->
                                dynamicTest(
                                        v.get("name").asText(),
                                        () -> {
                                            QuizRecord quiz =
                                                    CourseRulesVectors.quiz(v.get("quiz"), "q");
                                            JsonNode expected = v.get("expected");
                                            assertThat(CourseRules.passed(quiz))
                                                    .as("passed")
                                                    .isEqualTo(expected.get("passed").asBoolean());
                                            assertThat(CourseRules.attemptsLeft(quiz))
                                                    .as("attemptsLeft")
                                                    .isEqualTo(
                                                            expected.get("attemptsLeft").asInt());
                                            assertThat(CourseRules.exhausted(quiz))
                                                    .as("exhausted")
                                                    .isEqualTo(
                                                            expected.get("exhausted").asBoolean());
                                            assertThat(CourseRules.lessonDone(quiz))
                                                    .as("lessonDone")
                                                    .isEqualTo(
                                                            expected.get("lessonDone").asBoolean());
                                            assertThat(CourseRules.mayStart(quiz))
                                                    .as("mayStart")
                                                    .isEqualTo(
                                                            expected.get("mayStart").asBoolean());
                                        }));
    }

    @TestFactory
    Stream<DynamicTest> theFinalUnlocksAsTheVectorsSay() {
        return each("unlock")
                .map(
                        v ->
                                dynamicTest(
                                        v.get("name").asText(),
                                        () -> {
                                            CourseState state =
                                                    CourseRulesVectors.state(v.get("state"));
                                            JsonNode expected = v.get("expected");
                                            assertThat(CourseRules.finalUnlocked(state))
                                                    .as("finalUnlocked")
                                                    .isEqualTo(
                                                            expected.get("finalUnlocked")
                                                                    .asBoolean());
                                            assertThat(
                                                            CourseRules.mayStart(
                                                                    state,
                                                                    state.finalAssessment()
                                                                            .quizId()))
                                                    .as("mayStartFinal")
                                                    .isEqualTo(
                                                            expected.get("mayStartFinal")
                                                                    .asBoolean());
                                            assertThat(CourseRules.progressPercent(state))
                                                    .as("progressPercent")
                                                    .isEqualTo(
                                                            expected.get("progressPercent")
                                                                    .asInt());
                                        }));
    }

    @TestFactory
    Stream<DynamicTest> completionAndSuccessAreAsTheVectorsSay() {
        return each("outcome")
                .map(
                        v ->
                                dynamicTest(
                                        v.get("name").asText(),
                                        () -> {
                                            Outcome outcome =
                                                    CourseRules.outcome(
                                                            CourseRulesVectors.state(
                                                                    v.get("state")));
                                            JsonNode expected = v.get("expected");
                                            assertThat(outcome.completed())
                                                    .as("completed")
                                                    .isEqualTo(
                                                            expected.get("completed").asBoolean());
                                            assertThat(outcome.success().name())
                                                    .as("success")
                                                    .isEqualTo(expected.get("success").asText());
                                            assertThat(outcome.score())
                                                    .as("score")
                                                    .isEqualTo(
                                                            expected.get("score").isNull()
                                                                    ? null
                                                                    : expected.get("score")
                                                                            .asDouble());
                                            assertThat(outcome.finished())
                                                    .as("finished")
                                                    .isEqualTo(
                                                            expected.get("finished").asBoolean());
                                        }));
    }

    @TestFactory
    Stream<DynamicTest> resumeLeadsWhereTheVectorsSay() {
        return each("resume")
                .map(
                        v ->
                                dynamicTest(
                                        v.get("name").asText(),
                                        () ->
                                                assertThat(
                                                                CourseRules.resume(
                                                                        CourseRulesVectors.state(
                                                                                v.get("state")),
                                                                        CourseRulesVectors.position(
                                                                                v.get("last"))))
                                                        .isEqualTo(
                                                                CourseRulesVectors.position(
                                                                                v.get("expected"))
                                                                        .orElseThrow())));
    }

    @TestFactory
    Stream<DynamicTest> theVerdictFollowsTheCredit() {
        return each("verdict")
                .map(
                        v ->
                                dynamicTest(
                                        "credit " + v.get("credit").asDouble(),
                                        () ->
                                                assertThat(
                                                                CourseRules.verdict(
                                                                                v.get("credit")
                                                                                        .asDouble())
                                                                        .name())
                                                        .isEqualTo(v.get("expected").asText())));
    }

    @TestFactory
    Stream<DynamicTest> feedbackPartsComeInTheOrderTheVectorsSay() {
        return each("feedback")
                .map(
                        v ->
                                dynamicTest(
                                        v.get("name").asText(),
                                        () -> {
                                            List<String> expected = new ArrayList<>();
                                            v.get("expected")
                                                    .forEach(p -> expected.add(p.asText()));
                                            assertThat(
                                                            CourseRules.feedbackParts(
                                                                            Verdict.valueOf(
                                                                                    v.get("verdict")
                                                                                            .asText()),
                                                                            v.get("lead")
                                                                                    .asBoolean(),
                                                                            v.get("choice")
                                                                                    .asBoolean(),
                                                                            v.get("explanation")
                                                                                    .asBoolean(),
                                                                            v.get("passage")
                                                                                    .asBoolean())
                                                                    .stream()
                                                                    .map(FeedbackPart::name))
                                                    .containsExactlyElementsOf(expected);
                                        }));
    }

    @TestFactory
    Stream<DynamicTest> scoresShowAsTheVectorsSay() {
        return each("scores")
                .map(
                        v ->
                                dynamicTest(
                                        v.get("percent").asDouble()
                                                + " against "
                                                + v.get("passMark")
                                                + " in "
                                                + v.get("lang").asText(),
                                        () ->
                                                assertThat(
                                                                CourseRules.scoreText(
                                                                        v.get("percent").asDouble(),
                                                                        v.get("passMark").isNull()
                                                                                ? null
                                                                                : v.get("passMark")
                                                                                        .asInt(),
                                                                        v.get("lang").asText()))
                                                        .isEqualTo(v.get("expected").asText())));
    }

    private static Stream<JsonNode> each(String section) {
        return StreamSupport.stream(VECTORS.get(section).spliterator(), false);
    }
}
