package fr.immunolearn.scormexport;

import static org.assertj.core.api.Assertions.assertThat;

import fr.immunolearn.course.Choice;
import fr.immunolearn.course.Course;
import fr.immunolearn.course.Feedback;
import fr.immunolearn.course.Lesson;
import fr.immunolearn.course.Question;
import fr.immunolearn.course.QuestionKind;
import fr.immunolearn.course.Quiz;
import fr.immunolearn.testing.TestContent;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * The keys suspend_data names things by: short, unique within a course, the same for what did not
 * change between two versions of the content, new for a question whose options changed, and a new
 * fingerprint for any change.
 */
class StateKeysTest {

    private static final Course COURSE = TestContent.editions().defaultEdition();

    private static List<String> everyKey(Course course, StateKeys keys) {
        List<String> all = new ArrayList<>();
        course.lessons().forEach(l -> all.add(keys.lesson(l.id())));
        course.quizzes().forEach(q -> all.add(keys.quiz(q.id())));
        course.questions().forEach(q -> all.add(keys.question(q)));
        return all;
    }

    @Test
    void everyLessonQuizAndQuestionHasAShortKeyOfItsOwn() {
        StateKeys keys = StateKeys.of(COURSE, "content");
        for (Course course : List.of(COURSE, GeneratedCourse.of(10, 8, 3).defaultEdition())) {
            StateKeys k = StateKeys.of(course, "content");
            List<String> all = everyKey(course, k);
            assertThat(all).allMatch(key -> key.matches("[0-9a-z]{" + StateKeys.KEY_LENGTH + "}"));
            Set<String> lessonKeys = new HashSet<>();
            course.lessons().forEach(l -> lessonKeys.add(k.lesson(l.id())));
            assertThat(lessonKeys).hasSize(course.lessons().size());
            assertThat(course.questions().stream().map(k::question).distinct())
                    .hasSize(course.questions().size());
        }
        assertThat(keys.course()).matches("[0-9a-z]{4}");
        assertThat(keys.version()).matches("[0-9a-z]{" + StateKeys.VERSION_LENGTH + "}");
        assertThat(StateKeys.of(COURSE, "content")).isEqualTo(keys);
    }

    @Test
    void aChangedQuestionGetsANewKeyAndEverythingElseKeepsItsOwn() {
        Question question =
                COURSE.questions().stream()
                        .filter(q -> q.kind() instanceof QuestionKind.SingleChoice)
                        .findFirst()
                        .orElseThrow();
        QuestionKind.SingleChoice single = (QuestionKind.SingleChoice) question.kind();
        List<Choice> more = new ArrayList<>(single.choices());
        more.add(0, new Choice("nouveau", "Un choix de plus", false, ""));
        Question changed =
                new Question(
                        question.id(),
                        question.prompt(),
                        question.weight(),
                        question.concepts(),
                        question.passageId(),
                        question.feedback(),
                        new QuestionKind.SingleChoice(more));
        Question reworded =
                new Question(
                        question.id(),
                        "Une autre formulation ?",
                        question.weight(),
                        question.concepts(),
                        question.passageId(),
                        new Feedback("Autre explication.", "", ""),
                        single);
        StateKeys before = StateKeys.of(COURSE, "v1");
        StateKeys after = StateKeys.of(replace(COURSE, changed), "v2");
        assertThat(after.question(changed))
                .as("its options moved: old answers would land on others")
                .isNotEqualTo(before.question(question));
        assertThat(StateKeys.of(replace(COURSE, reworded), "v2").question(reworded))
                .as("its words alone changed")
                .isEqualTo(before.question(question));
        for (Question other : COURSE.questions()) {
            if (!other.id().equals(question.id())) {
                assertThat(after.question(other)).isEqualTo(before.question(other));
            }
        }
        COURSE.lessons()
                .forEach(l -> assertThat(after.lesson(l.id())).isEqualTo(before.lesson(l.id())));
        assertThat(after.course()).isEqualTo(before.course());
        assertThat(after.version()).isNotEqualTo(before.version());
    }

    @Test
    void courseJsCarriesTheKeysAndAFingerprintThatFollowsTheContent() throws Exception {
        var baked = TestLms.JSON.readTree(courseJson(ExportOptions.of(ScormEdition.SCORM_12)));
        var course = baked.get("course");
        StateKeys keys = StateKeys.of(COURSE, "any");
        assertThat(course.get("key").asText()).isEqualTo(keys.course());
        for (int i = 0; i < COURSE.lessons().size(); i++) {
            assertThat(course.get("lessons").get(i).get("key").asText())
                    .isEqualTo(keys.lesson(COURSE.lessons().get(i).id()));
        }
        for (int q = 0; q < COURSE.quizzes().size(); q++) {
            Quiz quiz = COURSE.quizzes().get(q);
            assertThat(course.get("quizzes").get(q).get("key").asText())
                    .isEqualTo(keys.quiz(quiz.id()));
            for (int n = 0; n < quiz.questions().size(); n++) {
                assertThat(course.get("quizzes").get(q).get("questions").get(n).get("key").asText())
                        .isEqualTo(keys.question(quiz.questions().get(n)));
            }
        }
        String version = course.get("version").asText();
        assertThat(
                        TestLms.JSON
                                .readTree(courseJson(ExportOptions.of(ScormEdition.SCORM_2004)))
                                .get("course")
                                .get("version")
                                .asText())
                .as("the same content in the other edition")
                .isEqualTo(version);
        assertThat(
                        TestLms.JSON
                                .readTree(
                                        courseJson(
                                                ExportOptions.of(ScormEdition.SCORM_12)
                                                        .withMaxAttempts(5)))
                                .get("course")
                                .get("version")
                                .asText())
                .as("other attempts: another version")
                .isNotEqualTo(version);
    }

    private static String courseJson(ExportOptions options) {
        byte[] script =
                PackageInspection.entries(ExportedPackages.export(options).bytes())
                        .get("course.js");
        String text = new String(script, java.nio.charset.StandardCharsets.US_ASCII);
        return text.substring(
                ("window." + CourseScript.GLOBAL + " = ").length(), text.length() - 2);
    }

    private static Course replace(Course course, Question question) {
        List<Lesson> lessons =
                course.lessons().stream()
                        .map(
                                lesson ->
                                        new Lesson(
                                                lesson.id(),
                                                lesson.title(),
                                                lesson.objectives(),
                                                lesson.concepts(),
                                                lesson.introHtml(),
                                                lesson.passages(),
                                                lesson.keyPoints(),
                                                lesson.glossaryTerms(),
                                                replace(lesson.quiz(), question)))
                        .toList();
        return new Course(
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
                replace(course.finalAssessment(), question));
    }

    private static Quiz replace(Quiz quiz, Question question) {
        return new Quiz(
                quiz.id(),
                quiz.lessonId(),
                quiz.title(),
                quiz.passMark(),
                quiz.maxAttempts(),
                quiz.drawCount(),
                quiz.shuffleQuestions(),
                quiz.shuffleChoices(),
                quiz.questions().stream()
                        .map(q -> q.id().equals(question.id()) ? question : q)
                        .toList());
    }
}
