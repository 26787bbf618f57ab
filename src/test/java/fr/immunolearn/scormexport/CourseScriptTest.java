package fr.immunolearn.scormexport;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import fr.immunolearn.course.CompletionRule;
import fr.immunolearn.course.Course;
import fr.immunolearn.course.Lesson;
import fr.immunolearn.course.LessonBlock;
import fr.immunolearn.course.Question;
import fr.immunolearn.course.QuestionKind;
import fr.immunolearn.course.Quiz;
import fr.immunolearn.testing.TestContent;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * course.js is the model, with the options applied, baked by Jackson: nothing of the course is
 * written by hand.
 */
class CourseScriptTest {

    private static JsonNode baked(ExportOptions options) throws Exception {
        byte[] script =
                PackageInspection.entries(ExportedPackages.export(options).bytes())
                        .get("course.js");
        String text = new String(script, StandardCharsets.US_ASCII);
        String prefix = "window." + CourseScript.GLOBAL + " = ";
        assertThat(text).startsWith(prefix).endsWith(";\n");
        return TestLms.JSON.readTree(text.substring(prefix.length(), text.length() - 2));
    }

    @Test
    void theCourseIsTheModelsFrenchEditionByDefault() throws Exception {
        JsonNode json = baked(ExportOptions.of(ScormEdition.SCORM_12));
        Course course = TestContent.editions().edition("fr");
        assertThat(json.get("format").asInt()).isEqualTo(CourseScript.FORMAT);
        JsonNode baked = json.get("course");
        assertThat(baked.get("title").asText()).isEqualTo(course.title());
        assertThat(baked.get("language").asText()).isEqualTo("fr");
        assertThat(baked.get("disclaimer").asText())
                .isEqualTo(course.disclaimer())
                .contains("ne remplace pas un avis médical");
        assertThat(baked.get("source").get("title").asText()).isEqualTo(course.source().title());
        assertThat(baked.get("lessons")).hasSize(course.lessons().size());
        for (int i = 0; i < course.lessons().size(); i++) {
            Lesson lesson = course.lessons().get(i);
            JsonNode l = baked.get("lessons").get(i);
            assertThat(l.get("title").asText()).isEqualTo(lesson.title());
            assertThat(l.get("quiz").asText()).isEqualTo(lesson.quiz().id());
            assertThat(l.get("keyPoints")).hasSize(lesson.keyPoints().size());
            JsonNode body = l.get("passages").get(0).get("body");
            assertThat(body).hasSize(lesson.passages().get(0).body().size());
            assertThat(body.get(0).get("type").asText())
                    .isEqualTo(lesson.passages().get(0).body().get(0).type());
            for (JsonNode term : l.get("terms")) {
                assertThat(baked.get("glossary").get(term.asText()).get("definition").asText())
                        .isEqualTo(course.glossaryEntry(term.asText()).orElseThrow().definition());
            }
        }
        List<String> ids = new ArrayList<>();
        baked.get("quizzes")
                .forEach(q -> q.get("questions").forEach(x -> ids.add(x.get("id").asText())));
        assertThat(ids)
                .containsExactlyElementsOf(course.questions().stream().map(Question::id).toList());
        JsonNode last = baked.get("quizzes").get(baked.get("quizzes").size() - 1);
        assertThat(last.get("id").asText()).isEqualTo(course.finalAssessment().id());
        assertThat(last.get("lesson").isNull()).isTrue();
        assertThat(last.get("draw").asInt()).isEqualTo(course.finalAssessment().drawCount());
    }

    @Test
    void questionsTakeTheScoringVectorsShapeWithTheirAnswerKey() throws Exception {
        JsonNode baked = baked(ExportOptions.of(ScormEdition.SCORM_2004)).get("course");
        Course course = TestContent.editions().edition("fr");
        for (JsonNode quiz : baked.get("quizzes")) {
            for (JsonNode json : quiz.get("questions")) {
                Question question = course.question(json.get("id").asText()).orElseThrow();
                assertThat(json.get("type").asText()).isEqualTo(question.type().key());
                assertThat(json.get("passage").asText()).isEqualTo(question.passageId());
                assertThat(json.get("lesson").asText())
                        .isEqualTo(
                                course.passage(question.passageId()).orElseThrow().lesson().id());
                assertThat(json.get("explanation").asText())
                        .isEqualTo(question.feedback().explanation());
                QuestionKind kind = question.kind();
                if (kind instanceof QuestionKind.SingleChoice single) {
                    for (int c = 0; c < single.choices().size(); c++) {
                        assertThat(json.get("choices").get(c).path("correct").asBoolean())
                                .isEqualTo(single.choices().get(c).correct());
                    }
                } else if (kind instanceof QuestionKind.TrueFalse trueFalse) {
                    assertThat(json.get("answer").asBoolean()).isEqualTo(trueFalse.answer());
                } else if (kind instanceof QuestionKind.FillIn fillIn) {
                    assertThat(TestLms.JSON.convertValue(json.get("accepted"), List.class))
                            .isEqualTo(fillIn.acceptedAnswers());
                } else if (kind instanceof QuestionKind.Matching matching) {
                    assertThat(json.get("pairs")).hasSize(matching.pairs().size());
                    assertThat(json.get("credit").asText()).isEqualTo(matching.credit().key());
                }
            }
        }
    }

    @Test
    void theOptionsReachEveryQuizAndTheSettings() throws Exception {
        JsonNode json =
                baked(
                        ExportOptions.of(ScormEdition.SCORM_12)
                                .withLanguage("en")
                                .withPassMark(65)
                                .withMaxAttempts(0)
                                .withCompletion(CompletionRule.ALL_LESSONS_DONE)
                                .withRandomise(false));
        JsonNode settings = json.get("settings");
        assertThat(settings.get("edition").asText()).isEqualTo("scorm12");
        assertThat(settings.get("passMark").asInt()).isEqualTo(65);
        assertThat(settings.get("completion").asText()).isEqualTo("all-lessons-done");
        assertThat(settings.get("suspendDataLimit").asInt()).isEqualTo(4096);
        assertThat(settings.get("newAttemptWhenFinished").asBoolean())
                .as("a finished course stays finished")
                .isFalse();
        assertThat(json.get("course").get("language").asText()).isEqualTo("en");
        assertThat(json.get("course").get("title").asText())
                .isEqualTo(TestContent.editions().edition("en").title());
        for (JsonNode quiz : json.get("course").get("quizzes")) {
            assertThat(quiz.get("passMark").asInt()).isEqualTo(65);
            assertThat(quiz.get("maxAttempts").asInt()).isZero();
            assertThat(quiz.get("shuffleQuestions").asBoolean()).isFalse();
            assertThat(quiz.get("shuffleChoices").asBoolean()).isFalse();
        }
        assertThat(json.get("strings").get("quiz.validate").asText()).isEqualTo("Check my answer");
    }

    @Test
    void aPackageExportedToStartANewAttemptOnceFinishedSaysSoToThePlayerAndPassesItsChecks()
            throws Exception {
        ExportOptions options =
                ExportOptions.of(ScormEdition.SCORM_2004).withNewAttemptWhenFinished(true);
        assertThat(baked(options).get("settings").get("newAttemptWhenFinished").asBoolean())
                .isTrue();
        ScormPackage scorm = ExportedPackages.export(options);
        assertThat(scorm.failures()).isEmpty();
        assertThat(scorm.sound()).isTrue();
    }

    @Test
    void theContentsOwnSettingsStayWhenNoOptionOverridesThem() {
        ExportedCourse exported =
                ExportedPackages.course(ExportOptions.of(ScormEdition.SCORM_2004));
        Course content = TestContent.editions().defaultEdition();
        assertThat(exported.passMark()).isEqualTo(content.finalAssessment().passMark());
        assertThat(exported.course().completion()).isEqualTo(content.completion());
        for (int i = 0; i < content.quizzes().size(); i++) {
            Quiz original = content.quizzes().get(i);
            Quiz baked = exported.course().quizzes().get(i);
            assertThat(baked).isEqualTo(original);
        }
    }

    @Test
    void aLanguageTheCourseDoesNotHaveIsRefusedByName() {
        assertThatThrownBy(
                        () ->
                                ExportedPackages.export(
                                        ExportOptions.of(ScormEdition.SCORM_12).withLanguage("de")))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("the course has no edition in \"de\" (it has: fr, en)");
    }

    @Test
    void everyBlockIsBakedWithItsTypeAndEachOfItsFieldsUnderItsOwnName() {
        var figure =
                new LessonBlock.Figure(
                        "media/a.svg", "<svg></svg>", "alt", "caption", "<p>long</p>");
        var check =
                new LessonBlock.Check(
                        "chk",
                        "Prompt?",
                        true,
                        List.of(
                                new LessonBlock.CheckChoice("a", "A", true, "Yes."),
                                new LessonBlock.CheckChoice("b", "B", false, "No.")));
        var scenario =
                new LessonBlock.Scenario(
                        "scn",
                        "<p>Situation</p>",
                        List.of(new LessonBlock.ScenarioChoice("x", "X", "then", "because")));
        var callout =
                new LessonBlock.Callout(LessonBlock.Callout.Kind.ARTICLE, "Title", "<p>Text</p>");
        var steps = new LessonBlock.Steps(List.of(new LessonBlock.Panel("One", "<p>1</p>")));
        var cards =
                new LessonBlock.FlipCards(
                        List.of(new LessonBlock.FlipCard("Term", "<p>Meaning</p>")));

        assertThat(CourseScript.block(callout).toString())
                .isEqualTo(
                        "{\"type\":\"callout\",\"kind\":\"article\",\"title\":\"Title\",\"html\":\"<p>Text</p>\"}");
        assertThat(CourseScript.block(steps).toString())
                .isEqualTo(
                        "{\"type\":\"steps\",\"steps\":[{\"title\":\"One\",\"html\":\"<p>1</p>\"}]}");
        assertThat(CourseScript.block(cards).toString())
                .isEqualTo(
                        "{\"type\":\"flipcards\",\"cards\":[{\"front\":\"Term\",\"backHtml\":\"<p>Meaning</p>\"}]}");
        assertThat(CourseScript.block(figure).toString())
                .isEqualTo(
                        "{\"type\":\"figure\",\"file\":\"media/a.svg\","
                                + "\"svg\":\"<svg></svg>\",\"alt\":\"alt\",\"caption\":\"caption\",\"descriptionHtml\":\"<p>long</p>\"}");
        assertThat(CourseScript.block(check).toString())
                .isEqualTo(
                        "{\"type\":\"check\",\"id\":\"chk\",\"prompt\":\"Prompt?\","
                                + "\"multiple\":true,\"choices\":[{\"id\":\"a\",\"text\":\"A\",\"correct\":true,\"feedback\":\"Yes.\"},"
                                + "{\"id\":\"b\",\"text\":\"B\",\"correct\":false,\"feedback\":\"No.\"}]}");
        assertThat(CourseScript.block(scenario).toString())
                .isEqualTo(
                        "{\"type\":\"scenario\",\"id\":\"scn\","
                                + "\"situationHtml\":\"<p>Situation</p>\",\"choices\":[{\"id\":\"x\",\"text\":\"X\","
                                + "\"consequence\":\"then\",\"explanation\":\"because\"}]}");
    }
}
