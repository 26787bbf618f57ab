package fr.immunolearn.quiz;

import static org.assertj.core.api.Assertions.assertThat;

import fr.immunolearn.course.Course;
import fr.immunolearn.course.Question;
import fr.immunolearn.course.QuestionKind;
import fr.immunolearn.course.Quiz;
import fr.immunolearn.testing.TestContent;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * Seeded layouts: the same seed and attempt always give the same layout; another attempt another
 * one.
 */
class AttemptPlannerTest {

    private final Course course = TestContent.editions().defaultEdition();
    private final Quiz finalAssessment = course.finalAssessment();
    private final Quiz lessonQuiz = course.lessons().get(2).quiz();
    private final Function<Question, String> lessonOf =
            q -> course.passage(q.passageId()).orElseThrow().lesson().id();

    @Test
    void theSameSeedAndAttemptGiveTheSameLayout() {
        AttemptPlan first = AttemptPlanner.plan(finalAssessment, lessonOf, "learner-1", 1);
        AttemptPlan again = AttemptPlanner.plan(finalAssessment, lessonOf, "learner-1", 1);
        assertThat(again).isEqualTo(first);
    }

    @Test
    void aRetryGetsAnotherLayout() {
        AttemptPlan first = AttemptPlanner.plan(finalAssessment, lessonOf, "learner-1", 1);
        AttemptPlan second = AttemptPlanner.plan(finalAssessment, lessonOf, "learner-1", 2);
        assertThat(second.questionIds()).isNotEqualTo(first.questionIds());
    }

    @Test
    void anotherLearnerGetsAnotherLayout() {
        assertThat(AttemptPlanner.plan(finalAssessment, lessonOf, "learner-2", 1).questionIds())
                .isNotEqualTo(
                        AttemptPlanner.plan(finalAssessment, lessonOf, "learner-1", 1)
                                .questionIds());
    }

    @Test
    void aPoolDrawTakesTheDrawCountWithoutRepeatsAndCoversEveryLesson() {
        for (int attempt = 1; attempt <= 20; attempt++) {
            AttemptPlan plan =
                    AttemptPlanner.plan(finalAssessment, lessonOf, "learner-" + attempt, attempt);
            assertThat(plan.questionIds())
                    .hasSize(finalAssessment.drawCount())
                    .doesNotHaveDuplicates();
            Set<String> lessons =
                    plan.questionIds().stream()
                            .map(id -> lessonOf.apply(finalAssessment.question(id).orElseThrow()))
                            .collect(Collectors.toSet());
            assertThat(lessons).hasSize(course.lessons().size());
        }
    }

    @Test
    void overManyLearnersEveryPoolQuestionGetsDrawn() {
        Set<String> drawn = new HashSet<>();
        for (int learner = 0; learner < 200; learner++) {
            drawn.addAll(
                    AttemptPlanner.plan(finalAssessment, lessonOf, "l" + learner, 1).questionIds());
        }
        assertThat(drawn).hasSize(finalAssessment.questions().size());
    }

    @Test
    void aLessonQuizHoldsAllItsQuestionsInAShuffledOrder() {
        List<String> contentOrder = lessonQuiz.questions().stream().map(Question::id).toList();
        Set<List<String>> orders = new HashSet<>();
        for (int attempt = 1; attempt <= 10; attempt++) {
            List<String> order =
                    AttemptPlanner.plan(lessonQuiz, lessonOf, "learner-1", attempt).questionIds();
            assertThat(order).containsExactlyInAnyOrderElementsOf(contentOrder);
            orders.add(order);
        }
        assertThat(orders).hasSizeGreaterThan(1);
    }

    @Test
    void choicesAreShuffledButKeptWhole() {
        AttemptPlan plan = AttemptPlanner.plan(lessonQuiz, lessonOf, "learner-1", 1);
        for (Question question : lessonQuiz.questions()) {
            if (question.kind() instanceof QuestionKind.MultipleResponse multiple) {
                assertThat(plan.optionsOf(question.id()))
                        .containsExactlyInAnyOrderElementsOf(
                                multiple.choices().stream().map(c -> c.id()).toList());
            }
        }
    }

    @Test
    void anOrderingQuestionNeverStartsInItsCorrectOrder() {
        Question ordering =
                course.questions().stream()
                        .filter(q -> q.kind() instanceof QuestionKind.Ordering)
                        .findFirst()
                        .orElseThrow();
        Quiz quiz =
                course.quizzes().stream()
                        .filter(q -> q.questions().contains(ordering))
                        .findFirst()
                        .orElseThrow();
        List<String> correct =
                ((QuestionKind.Ordering) ordering.kind())
                        .items().stream().map(i -> i.id()).toList();
        for (int seed = 0; seed < 300; seed++) {
            Map<String, List<String>> options =
                    AttemptPlanner.plan(quiz, lessonOf, "s" + seed, 1).optionOrder();
            if (options.containsKey(ordering.id())) {
                assertThat(options.get(ordering.id()))
                        .containsExactlyInAnyOrderElementsOf(correct)
                        .isNotEqualTo(correct);
            }
        }
    }
}
