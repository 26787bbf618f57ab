package fr.immunolearn.course;

import static org.assertj.core.api.Assertions.assertThat;

import fr.immunolearn.testing.TestContent;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** The English edition is the same course as the French one, fully translated. */
class EnglishEditionTest {

    private static final Pattern FRENCH_MARKERS =
            Pattern.compile(
                    "[«»éèêàâçùûôîœ]|\\b(le|la|les|des|du|est|une|selon|avec|pour|dans|qui|que|et)\\b|\\b[ldjqs]’\\p{L}",
                    Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);

    private final Course french = TestContent.editions().edition("fr");
    private final Course english = TestContent.editions().edition("en");

    @Test
    void hasTheSameLessonsPassagesQuizzesAndQuestionsInTheSameOrder() {
        assertThat(english.id()).isEqualTo(french.id());
        assertThat(english.lessons())
                .extracting(Lesson::id)
                .containsExactlyElementsOf(french.lessons().stream().map(Lesson::id).toList());
        for (int i = 0; i < french.lessons().size(); i++) {
            assertThat(english.lessons().get(i).passages())
                    .extracting(Passage::id)
                    .containsExactlyElementsOf(
                            french.lessons().get(i).passages().stream().map(Passage::id).toList());
        }
        assertThat(english.quizzes())
                .extracting(Quiz::id)
                .containsExactlyElementsOf(french.quizzes().stream().map(Quiz::id).toList());
        assertThat(english.questions())
                .extracting(Question::id, Question::type, Question::passageId, Question::concepts)
                .containsExactlyElementsOf(
                        french.questions().stream()
                                .map(
                                        q ->
                                                org.assertj.core.groups.Tuple.tuple(
                                                        q.id(),
                                                        q.type(),
                                                        q.passageId(),
                                                        q.concepts()))
                                .toList());
    }

    @Test
    void hasTheSameCorrectAnswers() {
        for (Question question : french.questions()) {
            Question translated = english.question(question.id()).orElseThrow();
            assertThat(answerKey(translated)).as(question.id()).isEqualTo(answerKey(question));
        }
    }

    @Test
    void hasTheSameRules() {
        for (Quiz quiz : french.quizzes()) {
            Quiz translated = english.quiz(quiz.id()).orElseThrow();
            assertThat(
                            List.of(
                                    translated.passMark(),
                                    translated.maxAttempts(),
                                    translated.drawCount()))
                    .isEqualTo(List.of(quiz.passMark(), quiz.maxAttempts(), quiz.drawCount()));
        }
        assertThat(english.completion()).isEqualTo(french.completion());
    }

    @Test
    void leavesNoFrenchUntranslated() {
        List<String> frenchTexts = CourseContentTest.allTexts(french).toList();
        Stream<String> texts = CourseContentTest.allTexts(english);
        texts.filter(text -> !text.contains("Qu’est-ce l’immunothérapie"))
                .forEach(
                        text -> {
                            assertThat(FRENCH_MARKERS.matcher(text).find())
                                    .as("French in: " + text)
                                    .isFalse();
                            if (text.length() > 12) {
                                assertThat(frenchTexts)
                                        .as("copied from French: " + text)
                                        .doesNotContain(text);
                            }
                        });
    }

    @Test
    void keepsTheArticlesTitleOnlyAsTheSource() {
        assertThat(english.source().title()).isEqualTo("Qu’est-ce l’immunothérapie ?");
        assertThat(english.title().toLowerCase(Locale.ROOT)).contains("immunotherapy");
    }

    private static String answerKey(Question question) {
        QuestionKind kind = question.kind();
        if (kind instanceof QuestionKind.SingleChoice s) {
            return s.choices().stream().map(c -> c.id() + c.correct()).toList().toString();
        }
        if (kind instanceof QuestionKind.MultipleResponse m) {
            return m.choices().stream().map(c -> c.id() + c.correct()).toList() + m.credit().key();
        }
        if (kind instanceof QuestionKind.TrueFalse t) {
            return String.valueOf(t.answer());
        }
        if (kind instanceof QuestionKind.Matching m) {
            return m.pairs().stream().map(MatchPair::id).toList().toString();
        }
        if (kind instanceof QuestionKind.Ordering o) {
            return o.items().stream().map(OrderItem::id).toList().toString();
        }
        return "fill-in "
                + (((QuestionKind.FillIn) kind).acceptedAnswers().isEmpty() ? "none" : "some");
    }
}
