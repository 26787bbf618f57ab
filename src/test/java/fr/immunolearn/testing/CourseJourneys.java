package fr.immunolearn.testing;

import fr.immunolearn.course.Choice;
import fr.immunolearn.course.Course;
import fr.immunolearn.course.Lesson;
import fr.immunolearn.course.Question;
import fr.immunolearn.course.QuestionKind;
import fr.immunolearn.course.Quiz;
import fr.immunolearn.progress.AttemptState;
import fr.immunolearn.progress.Attempts;
import fr.immunolearn.progress.LessonReading;
import fr.immunolearn.quiz.Answer;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;

/**
 * Learners' journeys through the services, for tests that need learners with known results: answer
 * a quiz with chosen questions wrong, pass a lesson, finish the course.
 */
public final class CourseJourneys {

    private final Course course;
    private final Attempts attempts;
    private final LessonReading reading;

    public CourseJourneys(Course course, Attempts attempts, LessonReading reading) {
        this.course = course;
        this.attempts = attempts;
        this.reading = reading;
    }

    /**
     * Takes the next attempt at a quiz, answering wrongly exactly the questions in {@code wrong}.
     */
    public AttemptState take(long learner, Quiz quiz, Set<String> wrong) {
        AttemptState state = attempts.open(learner, quiz.id());
        if (state.attempt().isFinished()) {
            state = attempts.retry(learner, quiz.id());
        }
        for (String id : state.attempt().questionOrder()) {
            Question question = quiz.question(id).orElseThrow();
            attempts.answer(
                    learner,
                    state.attempt().id(),
                    id,
                    wrong.contains(id) ? wrong(question) : right(question),
                    course.language(),
                    Duration.ofSeconds(10));
        }
        attempts.finish(learner, state.attempt().id());
        return attempts.state(learner, state.attempt().id());
    }

    /**
     * Takes the next attempt at a quiz, giving the answers in {@code given} and the right one
     * elsewhere.
     */
    public AttemptState take(long learner, Quiz quiz, Map<String, Answer> given) {
        AttemptState state = attempts.open(learner, quiz.id());
        if (state.attempt().isFinished()) {
            state = attempts.retry(learner, quiz.id());
        }
        for (String id : state.attempt().questionOrder()) {
            Answer answer =
                    given.containsKey(id) ? given.get(id) : right(quiz.question(id).orElseThrow());
            attempts.answer(
                    learner,
                    state.attempt().id(),
                    id,
                    answer,
                    course.language(),
                    Duration.ofSeconds(10));
        }
        attempts.finish(learner, state.attempt().id());
        return attempts.state(learner, state.attempt().id());
    }

    /** Reads every lesson and passes every lesson quiz without a mistake. */
    public void passEveryLesson(long learner) {
        for (Lesson lesson : course.lessons()) {
            reading.opened(learner, lesson.id());
            reading.spent(learner, lesson.id(), Duration.ofMinutes(3));
            take(learner, lesson.quiz(), Set.of());
        }
    }

    public static Answer right(Question question) {
        QuestionKind kind = question.kind();
        if (kind instanceof QuestionKind.SingleChoice s) {
            return new Answer.Choices(
                    s.choices().stream().filter(Choice::correct).map(Choice::id).toList());
        }
        if (kind instanceof QuestionKind.MultipleResponse m) {
            return new Answer.Choices(
                    m.choices().stream().filter(Choice::correct).map(Choice::id).toList());
        }
        if (kind instanceof QuestionKind.TrueFalse t) {
            return new Answer.TrueOrFalse(t.answer());
        }
        if (kind instanceof QuestionKind.FillIn f) {
            return new Answer.Text(f.acceptedAnswers().get(0));
        }
        if (kind instanceof QuestionKind.Matching m) {
            Map<String, String> matches = new LinkedHashMap<>();
            m.pairs().forEach(p -> matches.put(p.id(), p.id()));
            return new Answer.Matches(matches);
        }
        return new Answer.Sequence(
                ((QuestionKind.Ordering) kind).items().stream().map(i -> i.id()).toList());
    }

    /**
     * A wrong answer: the first wrong choice, the other truth value, another word, pairs shifted,
     * order reversed.
     */
    public static Answer wrong(Question question) {
        QuestionKind kind = question.kind();
        if (kind instanceof QuestionKind.SingleChoice s) {
            return new Answer.Choices(
                    s.choices().stream()
                            .filter(c -> !c.correct())
                            .limit(1)
                            .map(Choice::id)
                            .toList());
        }
        if (kind instanceof QuestionKind.MultipleResponse m) {
            return new Answer.Choices(
                    m.choices().stream()
                            .filter(c -> !c.correct())
                            .limit(1)
                            .map(Choice::id)
                            .toList());
        }
        if (kind instanceof QuestionKind.TrueFalse t) {
            return new Answer.TrueOrFalse(!t.answer());
        }
        if (kind instanceof QuestionKind.FillIn) {
            return new Answer.Text("une réponse fausse");
        }
        if (kind instanceof QuestionKind.Matching m) {
            Map<String, String> matches = new LinkedHashMap<>();
            for (int i = 0; i < m.pairs().size(); i++) {
                matches.put(m.pairs().get(i).id(), m.pairs().get((i + 1) % m.pairs().size()).id());
            }
            return new Answer.Matches(matches);
        }
        var ids =
                new java.util.ArrayList<>(
                        ((QuestionKind.Ordering) kind).items().stream().map(i -> i.id()).toList());
        java.util.Collections.reverse(ids);
        return new Answer.Sequence(ids);
    }
}
