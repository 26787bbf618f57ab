package fr.immunolearn.progress;

import fr.immunolearn.course.Course;
import fr.immunolearn.course.CourseEditions;
import fr.immunolearn.course.Question;
import fr.immunolearn.course.Quiz;
import fr.immunolearn.progress.QuizRefusal.Reason;
import fr.immunolearn.quiz.Answer;
import fr.immunolearn.quiz.AttemptPlan;
import fr.immunolearn.quiz.AttemptPlanner;
import fr.immunolearn.quiz.Mark;
import fr.immunolearn.quiz.Score;
import fr.immunolearn.quiz.ScoringRules;
import fr.immunolearn.storage.Transactions;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.springframework.stereotype.Service;

/**
 * A learner's attempts at quizzes. Every method takes the signed-in learner's id and only ever sees
 * that learner's attempts; every answer is committed before the method returns, so the feedback a
 * learner reads is about an answer that is already safe.
 *
 * <p>One learner may do the same thing in two tabs at the same instant. Each write runs through
 * {@link Transactions}: the session that stores second runs again and gets what is stored (the
 * answer given in the other tab, the attempt the other tab started), never an error.
 */
@Service
public class Attempts {

    /** Longer than this on one question means the learner walked away; count no more. */
    static final Duration LONGEST_COUNTED_TIME = Duration.ofMinutes(30);

    private final CourseEditions editions;
    private final AttemptRepository attempts;
    private final AnswerRepository answers;
    private final LearnerSeeds seeds;
    private final PositionStore positions;
    private final LessonProgressStore lessons;
    private final Transactions transactions;
    private final Clock clock;

    Attempts(
            CourseEditions editions,
            AttemptRepository attempts,
            AnswerRepository answers,
            LearnerSeeds seeds,
            PositionStore positions,
            LessonProgressStore lessons,
            Transactions transactions,
            Clock clock) {
        this.editions = editions;
        this.attempts = attempts;
        this.answers = answers;
        this.seeds = seeds;
        this.positions = positions;
        this.lessons = lessons;
        this.transactions = transactions;
        this.clock = clock;
    }

    /**
     * The attempt the learner is on: the open one, else a first one started now, else the last
     * finished one (whose results the learner then sees). Two tabs opening it at once are on the
     * same attempt.
     */
    public AttemptState open(long accountId, String quizId) {
        return transactions.run(() -> openNow(accountId, quizId));
    }

    private AttemptState openNow(long accountId, String quizId) {
        Quiz quiz = quiz(quizId);
        List<Attempt> existing = attempts.findByAccountIdAndQuizIdOrderByNumber(accountId, quizId);
        if (existing.isEmpty()) {
            return start(accountId, quiz, 1);
        }
        Attempt last = existing.get(existing.size() - 1);
        if (!last.isFinished()) {
            // Back to a quiz in progress: "Reprendre" leads here again (a lesson may have taken it
            // meanwhile).
            AttemptState state = state(last);
            positions.save(
                    accountId,
                    new Position.InQuiz(quizId, firstUnanswered(state)),
                    clock.instant());
            return state;
        }
        return state(last);
    }

    /**
     * A new attempt after a finished one, if attempts are left; a new seeded layout. With an
     * attempt open (another tab retried first), that one.
     */
    public AttemptState retry(long accountId, String quizId) {
        return transactions.run(() -> retryNow(accountId, quizId));
    }

    private AttemptState retryNow(long accountId, String quizId) {
        Quiz quiz = quiz(quizId);
        List<Attempt> existing = attempts.findByAccountIdAndQuizIdOrderByNumber(accountId, quizId);
        if (!existing.isEmpty() && !existing.get(existing.size() - 1).isFinished()) {
            return state(existing.get(existing.size() - 1));
        }
        if (!CourseRules.mayStart(QuizRecord.of(quiz, existing, 0))) {
            throw new QuizRefusal(Reason.NO_ATTEMPT_LEFT, "no attempt left at " + quizId);
        }
        return start(accountId, quiz, existing.size() + 1);
    }

    /**
     * Marks and stores an answer. Answering a question already answered (in another tab, even at
     * the same instant) stores nothing and returns the stored answer, marked {@linkplain
     * MarkedAnswer#alreadyAnswered() already answered}.
     *
     * @param language the edition the question was shown in: typed answers are accepted in it
     * @throws fr.immunolearn.quiz.InvalidAnswerException when the answer does not fit the question;
     *     nothing is stored
     */
    public MarkedAnswer answer(
            long accountId,
            long attemptId,
            String questionId,
            Answer answer,
            String language,
            Duration timeSpent) {
        return transactions.run(
                () -> answerNow(accountId, attemptId, questionId, answer, language, timeSpent));
    }

    private MarkedAnswer answerNow(
            long accountId,
            long attemptId,
            String questionId,
            Answer answer,
            String language,
            Duration timeSpent) {
        Attempt attempt = owned(accountId, attemptId);
        if (attempt.isFinished()) {
            throw new QuizRefusal(Reason.FINISHED, "attempt " + attemptId + " is finished");
        }
        List<String> order = attempt.questionOrder();
        int position = order.indexOf(questionId);
        if (position < 0) {
            throw new QuizRefusal(
                    Reason.NOT_IN_ATTEMPT, questionId + " is not in attempt " + attemptId);
        }
        Optional<RecordedAnswer> earlier =
                answers.findByAttemptIdAndQuestionId(attemptId, questionId);
        if (earlier.isPresent()) {
            return marked(earlier.get(), order.size(), true);
        }
        Question question = editions.edition(language).question(questionId).orElseThrow();
        Mark mark = ScoringRules.mark(question, answer);
        long ms = Math.min(Math.max(0, timeSpent.toMillis()), LONGEST_COUNTED_TIME.toMillis());
        Instant now = clock.instant();
        // One select for the attempt, one for an earlier answer, one insert: an answer is on the
        // hot path.
        // Another tab inserting first makes this insert fail; run again, the select above finds its
        // answer.
        RecordedAnswer stored =
                answers.save(
                        new RecordedAnswer(
                                null,
                                attemptId,
                                questionId,
                                position,
                                AnswerJson.write(answer),
                                mark.credit(),
                                mark.correct(),
                                now,
                                ms));
        positions.save(
                accountId,
                new Position.InQuiz(attempt.quizId(), Math.min(position + 1, order.size() - 1)),
                now);
        return marked(stored, order.size(), false);
    }

    /** Scores a fully answered attempt from its stored answers; finishing twice changes nothing. */
    public Attempt finish(long accountId, long attemptId) {
        return transactions.run(() -> finishNow(accountId, attemptId));
    }

    private Attempt finishNow(long accountId, long attemptId) {
        Attempt attempt = owned(accountId, attemptId);
        if (attempt.isFinished()) {
            return attempt;
        }
        AttemptState state = state(attempt);
        if (!state.allAnswered()) {
            throw new QuizRefusal(
                    Reason.INCOMPLETE, "attempt " + attemptId + " has unanswered questions");
        }
        Score score = score(quiz(attempt.quizId()), state.answers());
        attempts.finish(
                attemptId,
                clock.instant(),
                score.earned(),
                score.possible(),
                score.percent(),
                score.passed());
        positions.save(accountId, new Position.AtResults(attempt.quizId()), clock.instant());
        if (quiz(attempt.quizId()).lessonId() != null) {
            lessons.read(accountId, quiz(attempt.quizId()).lessonId(), clock.instant());
        }
        return attempts.findById(attemptId).orElseThrow();
    }

    /** The score the stored answers earn, by the scoring rules. */
    public Score score(Quiz quiz, List<RecordedAnswer> given) {
        List<ScoringRules.WeightedMark> marks = new ArrayList<>();
        for (RecordedAnswer answer : given) {
            Question question = quiz.question(answer.questionId()).orElseThrow();
            marks.add(new ScoringRules.WeightedMark(question.weight(), new Mark(answer.credit())));
        }
        return ScoringRules.score(marks, quiz.passMark());
    }

    /** One of the learner's own attempts, by its number at a quiz (1, 2, …). */
    public Optional<AttemptState> attempt(long accountId, String quizId, int number) {
        return attempts.findByAccountIdAndQuizIdOrderByNumber(accountId, quizId).stream()
                .filter(a -> a.number() == number)
                .findFirst()
                .map(this::state);
    }

    public List<Attempt> attempts(long accountId, String quizId) {
        return attempts.findByAccountIdAndQuizIdOrderByNumber(accountId, quizId);
    }

    public List<Attempt> all(long accountId) {
        return attempts.findByAccountIdOrderByQuizIdAscNumberAsc(accountId);
    }

    public AttemptState state(long accountId, long attemptId) {
        return state(owned(accountId, attemptId));
    }

    private AttemptState start(long accountId, Quiz quiz, int number) {
        String seed =
                seeds.seedOf(accountId)
                        .orElseThrow(
                                () -> new QuizRefusal(Reason.NOT_FOUND, "no account " + accountId));
        Course course = editions.defaultEdition();
        if (quiz.isFinalAssessment()) {
            CourseProgress progress =
                    ProgressRules.evaluate(course, lessons.of(accountId), all(accountId));
            if (!progress.finalAssessment().unlocked()) {
                throw new QuizRefusal(Reason.LOCKED, "the final assessment is locked");
            }
        }
        AttemptPlan plan =
                AttemptPlanner.plan(
                        quiz,
                        q -> course.passage(q.passageId()).orElseThrow().lesson().id(),
                        seed,
                        number);
        Instant now = clock.instant();
        // Started in another tab meanwhile: the insert fails on (account, quiz, number), and open
        // or
        // retry, run again, find that attempt open.
        Attempt saved =
                attempts.save(
                        new Attempt(
                                null,
                                accountId,
                                quiz.id(),
                                number,
                                String.join(",", plan.questionIds()),
                                Attempt.encodeOptions(ordered(plan)),
                                now,
                                null,
                                null,
                                null,
                                null,
                                null));
        positions.save(accountId, new Position.InQuiz(quiz.id(), 0), now);
        return new AttemptState(saved, List.of());
    }

    private static java.util.Map<String, List<String>> ordered(AttemptPlan plan) {
        java.util.Map<String, List<String>> ordered = new java.util.LinkedHashMap<>();
        for (String id : plan.questionIds()) {
            if (!plan.optionsOf(id).isEmpty()) {
                ordered.put(id, plan.optionsOf(id));
            }
        }
        return ordered;
    }

    private AttemptState state(Attempt attempt) {
        return new AttemptState(attempt, answers.findByAttemptIdOrderByPosition(attempt.id()));
    }

    /**
     * The answer stored for a question of the learner's attempt, marked as when it was given: what
     * a learner who comes back to that question (from the passage it sent them to) sees again.
     */
    public Optional<MarkedAnswer> given(long accountId, long attemptId, String questionId) {
        Attempt attempt = owned(accountId, attemptId);
        return answers.findByAttemptIdAndQuestionId(attemptId, questionId)
                .map(a -> marked(a, attempt.questionOrder().size(), false));
    }

    private static int firstUnanswered(AttemptState state) {
        return state.nextQuestionId()
                .map(id -> state.positionOf(id) - 1)
                .orElse(state.questionCount() - 1);
    }

    private Attempt owned(long accountId, long attemptId) {
        return attempts.findByIdAndAccountId(attemptId, accountId)
                .orElseThrow(
                        () ->
                                new QuizRefusal(
                                        Reason.NOT_FOUND,
                                        "no attempt " + attemptId + " for this learner"));
    }

    private Quiz quiz(String quizId) {
        return editions.defaultEdition()
                .quiz(quizId)
                .orElseThrow(() -> new QuizRefusal(Reason.NOT_FOUND, "no quiz " + quizId));
    }

    private static MarkedAnswer marked(RecordedAnswer answer, int count, boolean alreadyAnswered) {
        return new MarkedAnswer(
                answer.questionId(),
                AnswerJson.read(answer.response()),
                new Mark(answer.credit()),
                answer.position() + 1,
                count,
                alreadyAnswered);
    }
}
