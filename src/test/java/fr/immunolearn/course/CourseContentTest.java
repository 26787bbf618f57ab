package fr.immunolearn.course;

import static org.assertj.core.api.Assertions.assertThat;

import fr.immunolearn.testing.TestContent;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.Normalizer;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The real course: the whole article as four lessons, a quiz after each, a final assessment. */
class CourseContentTest {

    /** The twelve ideas of the article the course must teach and assess. */
    static final List<String> ARTICLE_CONCEPTS =
            List.of(
                    "immune-dysfunction",
                    "two-faces",
                    "targeted-response",
                    "immunotherapy-definition",
                    "therapeutic-uses",
                    "monoclonal-antibodies",
                    "side-effects",
                    "cytokines",
                    "micro-informational-role",
                    "micro-dose",
                    "dilution",
                    "reduced-side-effects");

    private static final List<String> MICRO_IMMUNOTHERAPY_CLAIMS =
            List.of("micro-informational-role", "micro-dose", "dilution", "reduced-side-effects");

    private final Course french = TestContent.editions().edition("fr");

    @Test
    void frenchIsTheDefaultEditionAndEnglishTheOther() {
        assertThat(TestContent.editions().defaultLanguage()).isEqualTo("fr");
        assertThat(TestContent.editions().languages()).containsExactly("fr", "en");
    }

    @Test
    void fourLessonsInTheOrderOfTheArticle() {
        assertThat(french.lessons())
                .extracting(Lesson::id)
                .containsExactly(
                        "systeme-immunitaire",
                        "immunotherapie",
                        "anticorps-cytokines",
                        "micro-immunotherapie");
        for (Lesson lesson : french.lessons()) {
            assertThat(lesson.objectives()).as(lesson.id() + " objectives").isNotEmpty();
            assertThat(lesson.keyPoints()).as(lesson.id() + " summary").isNotEmpty();
            assertThat(lesson.passages())
                    .as(lesson.id() + " passages")
                    .hasSizeGreaterThanOrEqualTo(3);
            assertThat(lesson.glossaryTerms()).as(lesson.id() + " glossary terms").isNotEmpty();
        }
    }

    @Test
    void eachLessonQuizHasFourToSixQuestions() {
        for (Lesson lesson : french.lessons()) {
            assertThat(lesson.quiz().questions()).as(lesson.quiz().id()).hasSizeBetween(4, 6);
        }
    }

    @Test
    void theFinalAssessmentDrawsTenFromAPoolOfAtLeastTwentyCoveringEveryLesson() {
        Quiz assessment = french.finalAssessment();
        assertThat(assessment.questions()).hasSizeGreaterThanOrEqualTo(20);
        assertThat(assessment.drawCount()).isEqualTo(10);
        assertThat(assessment.passMark()).isEqualTo(80);
        Map<String, Long> perLesson =
                assessment.questions().stream()
                        .collect(
                                Collectors.groupingBy(
                                        q ->
                                                french.passage(q.passageId())
                                                        .orElseThrow()
                                                        .lesson()
                                                        .id(),
                                        Collectors.counting()));
        assertThat(perLesson.keySet())
                .containsExactlyInAnyOrderElementsOf(
                        french.lessons().stream().map(Lesson::id).toList());
        assertThat(perLesson.values()).allSatisfy(n -> assertThat(n).isGreaterThanOrEqualTo(3));
    }

    @Test
    void everyQuestionTypeIsUsedAtLeastTwice() {
        Map<QuestionType, Long> uses = new EnumMap<>(QuestionType.class);
        french.questions().forEach(q -> uses.merge(q.type(), 1L, Long::sum));
        assertThat(uses.keySet()).containsExactlyInAnyOrder(QuestionType.values());
        assertThat(uses.values()).allSatisfy(n -> assertThat(n).isGreaterThanOrEqualTo(2));
    }

    @Test
    void everyQuestionExplainsWhyAndLinksToThePassageThatTeachesIt() {
        for (Question question : french.questions()) {
            assertThat(question.feedback().explanation()).as(question.id()).isNotBlank();
            assertThat(french.passage(question.passageId()))
                    .as(question.id() + " passage")
                    .isPresent();
            assertThat(question.concepts()).as(question.id() + " concepts").isNotEmpty();
        }
    }

    @Test
    void theCourseDeclaresTheTwelveConceptsOfTheArticle() {
        assertThat(french.concepts())
                .extracting(Concept::id)
                .containsExactlyElementsOf(ARTICLE_CONCEPTS);
    }

    @Test
    void eachConceptIsTaughtByAPassageAndAssessedByAtLeastTwoQuestions() {
        for (String concept : ARTICLE_CONCEPTS) {
            long passages =
                    french.lessons().stream()
                            .flatMap(l -> l.passages().stream())
                            .filter(p -> p.concepts().contains(concept))
                            .count();
            long questions =
                    french.questions().stream().filter(q -> q.concepts().contains(concept)).count();
            assertThat(passages).as(concept + " taught by passages").isGreaterThanOrEqualTo(1);
            assertThat(questions).as(concept + " assessed by questions").isGreaterThanOrEqualTo(2);
        }
    }

    @Test
    void lessonsAndQuestionsCarryConceptTags() {
        assertThat(french.lessons()).allSatisfy(l -> assertThat(l.concepts()).isNotEmpty());
        assertThat(french.lessons().stream().flatMap(l -> l.passages().stream()))
                .allSatisfy(p -> assertThat(p.concepts()).as(p.id()).isNotEmpty());
    }

    @Test
    void claimsAboutMicroImmunotherapyArePresentedAsTheArticles() {
        Pattern attributed =
                Pattern.compile(
                        "(selon l’article|l’article affirme|l’article explique|pour l’article"
                                + "|l’article présente|l’article)",
                        Pattern.CASE_INSENSITIVE);
        for (Lesson lesson : french.lessons()) {
            for (Passage passage : lesson.passages()) {
                if (passage.concepts().stream().anyMatch(MICRO_IMMUNOTHERAPY_CLAIMS::contains)) {
                    assertThat(attributed.matcher(textOf(String.join(" ", passage.texts()))).find())
                            .as("passage " + passage.id() + " attributes its claim to the article")
                            .isTrue();
                }
            }
        }
        for (Question question : french.questions()) {
            if (question.concepts().stream().allMatch(MICRO_IMMUNOTHERAPY_CLAIMS::contains)) {
                String said = question.prompt() + " " + question.feedback().explanation();
                assertThat(said.toLowerCase(Locale.ROOT))
                        .as(question.id())
                        .containsAnyOf("l’article", "le module");
            }
        }
    }

    @Test
    void theCourseShowsItsSourceAndSaysItDoesNotReplaceMedicalAdvice() {
        assertThat(french.source().title()).isEqualTo("Qu’est-ce l’immunothérapie\u202F?");
        assertThat(french.disclaimer()).contains("ne remplace pas un avis médical");
        assertThat(TestContent.editions().edition("en").disclaimer())
                .contains("does not replace medical advice");
    }

    @Test
    void theGlossaryExplainsTheKeyTerms() {
        assertThat(french.glossary())
                .extracting(GlossaryEntry::term)
                .contains(
                        "Agent pathogène",
                        "Maladie auto-immune",
                        "Anticorps monoclonal",
                        "Cytokine",
                        "Hypotension artérielle",
                        "Micro-dose",
                        "Biothérapie");
    }

    /** Everything a lesson puts in quotation marks as the article's words is in the article. */
    @Test
    void quotationsOfTheArticleAreTheArticlesOwnWords() throws IOException {
        String article = comparable(Files.readString(articlePath()));
        Pattern quote = Pattern.compile("«([^«»]+)»");
        int checked = 0;
        for (Lesson lesson : french.lessons()) {
            String text =
                    textOf(lesson.introHtml())
                            + " "
                            + lesson.passages().stream()
                                    .map(p -> textOf(String.join(" ", p.texts())))
                                    .collect(Collectors.joining(" "));
            Matcher matcher = quote.matcher(text);
            while (matcher.find()) {
                String quoted = comparable(matcher.group(1));
                if (quoted.split(" ").length >= 5) {
                    assertThat(article).as("quoted in " + lesson.id()).contains(quoted);
                    checked++;
                }
            }
        }
        assertThat(checked).isGreaterThanOrEqualTo(8);
    }

    @ParameterizedTest
    @ValueSource(strings = {"'", " :", " ;", " ?", " !", "« ", " »"})
    void frenchTextUsesFrenchTypography(String wrong) {
        allTexts(french).forEach(text -> assertThat(text).doesNotContain(wrong));
    }

    static Stream<String> allTexts(Course course) {
        Stream<String> courseTexts =
                Stream.of(
                        course.title(),
                        course.description(),
                        course.disclaimer(),
                        course.source().note());
        Stream<String> concepts = course.concepts().stream().map(Concept::label);
        Stream<String> glossary =
                course.glossary().stream().flatMap(g -> Stream.of(g.term(), g.definition()));
        Stream<String> lessons =
                course.lessons().stream()
                        .flatMap(
                                l ->
                                        Stream.concat(
                                                Stream.of(l.title(), textOf(l.introHtml())),
                                                Stream.concat(
                                                        Stream.concat(
                                                                l.objectives().stream(),
                                                                l.keyPoints().stream()),
                                                        l.passages().stream()
                                                                .flatMap(
                                                                        p ->
                                                                                Stream.of(
                                                                                        p.title(),
                                                                                        textOf(
                                                                                                String
                                                                                                        .join(
                                                                                                                " ",
                                                                                                                p
                                                                                                                        .texts())))))));
        Stream<String> quizzes =
                course.quizzes().stream()
                        .flatMap(
                                q ->
                                        Stream.concat(
                                                Stream.of(q.title()),
                                                q.questions().stream()
                                                        .flatMap(CourseContentTest::textsOf)));
        return Stream.of(courseTexts, concepts, glossary, lessons, quizzes)
                .flatMap(s -> s)
                .filter(t -> !t.isEmpty());
    }

    static Stream<String> textsOf(Question question) {
        Stream<String> common =
                Stream.of(
                        question.prompt(),
                        question.feedback().explanation(),
                        question.feedback().whenCorrect(),
                        question.feedback().whenIncorrect());
        QuestionKind kind = question.kind();
        Stream<String> specific = Stream.empty();
        if (kind instanceof QuestionKind.SingleChoice s) {
            specific = s.choices().stream().flatMap(c -> Stream.of(c.text(), c.feedback()));
        } else if (kind instanceof QuestionKind.MultipleResponse m) {
            specific = m.choices().stream().flatMap(c -> Stream.of(c.text(), c.feedback()));
        } else if (kind instanceof QuestionKind.Matching m) {
            specific = m.pairs().stream().flatMap(p -> Stream.of(p.premise(), p.response()));
        } else if (kind instanceof QuestionKind.Ordering o) {
            specific = o.items().stream().map(OrderItem::text);
        } else if (kind instanceof QuestionKind.FillIn f) {
            specific = f.acceptedAnswers().stream();
        }
        return Stream.concat(common, specific).filter(t -> !t.isEmpty());
    }

    /** A passage's text as a learner reads it, without the glossary definitions shown on focus. */
    static String textOf(String html) {
        Document document = Jsoup.parseBodyFragment(html);
        document.select(".term-definition").remove();
        return document.body().wholeText();
    }

    private static String comparable(String text) {
        String plain =
                Normalizer.normalize(text, Normalizer.Form.NFC)
                        .toLowerCase(Locale.ROOT)
                        .replaceAll("[«»“”\"]", " ")
                        .replace('\'', '’')
                        .replace('…', ' ');
        return plain.replaceAll("[\\s\\u00A0\\u202F]+", " ").strip();
    }

    private static Path articlePath() {
        Path fromContent =
                TestContent.folder()
                        .toAbsolutePath()
                        .getParent()
                        .getParent()
                        .resolve("shared/seed/article-immunotherapie.txt");
        return Files.exists(fromContent)
                ? fromContent
                : Path.of("../shared/seed/article-immunotherapie.txt");
    }
}
