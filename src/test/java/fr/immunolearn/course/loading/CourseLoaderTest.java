package fr.immunolearn.course.loading;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import fr.immunolearn.course.Course;
import fr.immunolearn.course.CourseEditions;
import fr.immunolearn.course.Lesson;
import fr.immunolearn.course.Passage;
import fr.immunolearn.course.Question;
import fr.immunolearn.course.QuestionKind;
import fr.immunolearn.course.QuestionType;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Reading the small fixture course: what the model holds once the content is valid. */
class CourseLoaderTest {

    @TempDir Path dir;

    private Course load() {
        CourseEditions editions = CourseLoader.load(ContentFixture.copyOfMinimal(dir).root());
        assertThat(editions.defaultLanguage()).isEqualTo("fr");
        return editions.defaultEdition();
    }

    @Test
    void readsTheCourseFileWithItsDefaults() {
        Course course = load();
        assertThat(course.id()).isEqualTo("mini");
        assertThat(course.language()).isEqualTo("fr");
        assertThat(course.source().title()).isEqualTo("Qu’est-ce l’immunothérapie\u202F?");
        assertThat(course.disclaimer()).isEqualTo("Ne remplace pas un avis médical.");
        assertThat(course.concepts())
                .extracting(c -> c.id())
                .containsExactly("dysfunction", "therapy");
    }

    @Test
    void readsLessonsWithTheirPassagesObjectivesAndSummary() {
        Lesson lesson = load().lessons().get(0);
        assertThat(lesson.id()).isEqualTo("systeme");
        assertThat(lesson.title()).isEqualTo("Le système immunitaire");
        assertThat(lesson.objectives()).containsExactly("reconnaître un dysfonctionnement.");
        assertThat(lesson.keyPoints()).hasSize(1);
        assertThat(lesson.introHtml()).isEqualTo("<p>Introduction.</p>");
        assertThat(lesson.passages())
                .extracting(Passage::id)
                .containsExactly("constat", "traitements");
        Passage first = lesson.passages().get(0);
        assertThat(first.title()).isEqualTo("Le constat");
        assertThat(first.concepts()).containsExactly("dysfunction");
        assertThat(String.join("\n", first.texts()))
                .isEqualTo(
                        "<p>De nombreuses maladies sont liées à un dysfonctionnement du système"
                                + " immunitaire.</p>");
    }

    @Test
    void explainsGlossaryTermsInPlace() {
        Lesson lesson = load().lessons().get(0);
        String html = String.join("\n", lesson.passages().get(1).texts());
        assertThat(html)
                .contains(
                        "<dfn tabindex=\"0\" aria-describedby=\"def-systeme-1\" data-term=\"pathogene\"")
                .contains("agents pathogènes</dfn>")
                .contains(
                        "<span class=\"term-definition\" role=\"tooltip\" id=\"def-systeme-1\">"
                                + "<strong>Agent pathogène</strong>&nbsp;: ce qui peut provoquer une maladie.</span>");
        assertThat(lesson.glossaryTerms()).containsExactly("pathogene");
    }

    @Test
    void readsEveryQuestionTypeWithItsAnswerKey() {
        Course course = load();
        assertThat(course.lessons().get(0).quiz().questions())
                .extracting(Question::type)
                .containsExactly(
                        QuestionType.SINGLE_CHOICE,
                        QuestionType.MULTIPLE_RESPONSE,
                        QuestionType.TRUE_FALSE,
                        QuestionType.FILL_IN,
                        QuestionType.MATCHING,
                        QuestionType.ORDERING);
        Question single = course.question("q-single").orElseThrow();
        assertThat(((QuestionKind.SingleChoice) single.kind()).choices())
                .extracting(c -> c.correct())
                .containsExactly(true, false);
        assertThat(single.passageId()).isEqualTo("constat");
        assertThat(single.weight()).isEqualTo(1.0);
        assertThat(
                        ((QuestionKind.FillIn) course.question("q-fillin").orElseThrow().kind())
                                .acceptedAnswers())
                .containsExactly("biothérapie");
    }

    @Test
    void quizzesTakeTheCourseDefaultsUnlessTheySayOtherwise() {
        Course course = load();
        assertThat(course.lessons().get(0).quiz().passMark()).isEqualTo(80);
        assertThat(course.lessons().get(0).quiz().maxAttempts()).isEqualTo(2);
        assertThat(course.lessons().get(0).quiz().drawCount()).isEqualTo(6);
        assertThat(course.finalAssessment().isFinalAssessment()).isTrue();
        assertThat(course.finalAssessment().drawCount()).isEqualTo(1);
        assertThat(course.finalAssessment().questions()).hasSize(2);
    }

    @Test
    void frenchTypographyIsAppliedToWhatLearnersRead() {
        Question single = load().question("q-single").orElseThrow();
        assertThat(single.prompt()).isEqualTo("À quoi sont liées de nombreuses maladies\u202F?");
    }

    @Test
    void loadingInvalidContentFailsWithEveryProblem() {
        ContentFixture content =
                ContentFixture.copyOfMinimal(dir)
                        .replace("fr/course.yaml", "passMark: 80", "passMark: 101")
                        .replace("fr/final.yaml", "answer: false", "answer: maybe");
        assertThatThrownBy(() -> CourseLoader.load(content.root()))
                .isInstanceOfSatisfying(
                        InvalidContentException.class, e -> assertThat(e.problems()).hasSize(2))
                .hasMessageContaining("2 problems in the course content")
                .hasMessageContaining("course.yaml:4:11:")
                .hasMessageContaining(
                        "final.yaml:17:13: 'answer' of true-false question \"f-2\" must be true or false");
    }

    @Test
    void aMissingContentFolderIsAProblemNotACrash() {
        assertThat(CourseLoader.check(dir.resolve("nowhere")).problems())
                .singleElement()
                .satisfies(p -> assertThat(p.message()).isEqualTo("content folder not found"));
    }
}
