package fr.immunolearn.progress;

import fr.immunolearn.course.LessonBlock;
import fr.immunolearn.course.UnlockRule;
import fr.immunolearn.progress.CourseState.LessonState;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * The course's rules that both renderers apply, the app and the SCORM player, written once. The
 * player's progress.js ports each rule as a function of the same name ({@code
 * ImmunoLearn.CourseRules}), and the shared vectors ({@code progress/course-rules-vectors.json} in
 * the tests) are run against both: {@code CourseRulesVectorsTest} here, {@code PlayerCourseRulesIT}
 * in Chromium.
 *
 * <p>Attempts. A learner may start a new attempt whenever none is open and attempts remain, also
 * after a pass: practice is what a quiz is for, and a learner who passed narrowly may want to do
 * better. The best finished attempt is the one that counts, so a worse retry never takes a pass
 * away, neither on the screen nor in the LMS, whose record (completion, success, score) is computed
 * from the best scores and so is never downgraded by a retry.
 */
public final class CourseRules {

    /** What an answer's credit says to the learner. */
    public enum Verdict {
        CORRECT,
        PARTLY,
        INCORRECT
    }

    /**
     * Whether the course is passed, as the LMS is told; UNKNOWN while a pass is still possible or
     * not judged.
     */
    public enum Success {
        PASSED,
        FAILED,
        UNKNOWN
    }

    /** The parts of a question's feedback, in the one order both renderers show them. */
    public enum FeedbackPart {
        /** Correct, partly correct (with its share of the points), or incorrect. */
        VERDICT,
        /** The question's own line for that verdict ("if correct" / "if incorrect"). */
        LEAD,
        /** The feedback of each choice the learner ticked. */
        CHOICE,
        /** The right answer, when the learner's was not. */
        RIGHT_ANSWER,
        /** Why: the question's explanation. */
        EXPLANATION,
        /** The link back to the passage that teaches it. */
        PASSAGE
    }

    /**
     * The course as the LMS is told: completed per the completion rule; passed, failed (no way left
     * to pass) or unknown; the score (percent) the rule goes by, null when it has none yet;
     * finished when nothing is left to do.
     */
    public record Outcome(boolean completed, Success success, Double score, boolean finished) {}

    private CourseRules() {}

    /**
     * Whether a lesson counts as read: the learner went on to its quiz, or answered every inline
     * knowledge check of a lesson that has some. A check counts for reading, never for a score.
     */
    public static boolean lessonRead(boolean wentToQuiz, int checksAnswered, int checks) {
        return wentToQuiz || checks > 0 && checksAnswered >= checks;
    }

    /** Passed when the best finished attempt reaches the pass mark. */
    public static boolean passed(QuizRecord quiz) {
        return quiz.best() != null && quiz.best() >= quiz.passMark();
    }

    /** Attempts left, or -1 when there is no limit. */
    public static int attemptsLeft(QuizRecord quiz) {
        return quiz.maxAttempts() == 0 ? -1 : Math.max(0, quiz.maxAttempts() - quiz.attempts());
    }

    /** Not passed, and no attempt open or left: the quiz can no longer be passed. */
    public static boolean exhausted(QuizRecord quiz) {
        return !quiz.open() && !passed(quiz) && attemptsLeft(quiz) == 0;
    }

    /**
     * A lesson is done when its quiz is passed, or when all its attempts are used: a learner who
     * cannot pass is not locked out of the rest of the course.
     */
    public static boolean lessonDone(QuizRecord lessonQuiz) {
        return passed(lessonQuiz) || exhausted(lessonQuiz);
    }

    public static boolean allLessonsDone(CourseState state) {
        return state.lessons().stream().allMatch(l -> lessonDone(l.quiz()));
    }

    /** The final assessment opens at once, or once every lesson is done, as the course says. */
    public static boolean finalUnlocked(CourseState state) {
        return state.unlock() == UnlockRule.ALWAYS || allLessonsDone(state);
    }

    /**
     * Whether a new attempt at this quiz may start: none open and attempts left, passed or not (see
     * the class comment for why a retry after a pass is allowed). An open attempt is resumed
     * instead.
     */
    public static boolean mayStart(QuizRecord quiz) {
        return !quiz.open() && attemptsLeft(quiz) != 0;
    }

    /** {@link #mayStart(QuizRecord)}, and for the final assessment only once it is unlocked. */
    public static boolean mayStart(CourseState state, String quizId) {
        if (state.finalAssessment().quizId().equals(quizId)) {
            return finalUnlocked(state) && mayStart(state.finalAssessment());
        }
        return quizzes(state).stream()
                .filter(q -> q.quizId().equals(quizId))
                .findFirst()
                .map(CourseRules::mayStart)
                .orElse(false);
    }

    /**
     * Share of the course done, in whole percent: each lesson done and the final passed count one
     * each.
     */
    public static int progressPercent(CourseState state) {
        long done =
                state.lessons().stream().filter(l -> lessonDone(l.quiz())).count()
                        + (passed(state.finalAssessment()) ? 1 : 0);
        return (int) Math.round(100.0 * done / (state.lessons().size() + 1));
    }

    /**
     * Completion and success for each completion rule. The final assessment's rule goes by its best
     * score; "all quizzes passed" by the lowest best lesson score, which reaches the pass mark
     * exactly when every quiz does; "all lessons done" by the mean of the best lesson scores, and
     * judges no success. Scores count once every quiz the rule goes by has one.
     */
    public static Outcome outcome(CourseState state) {
        List<QuizRecord> lessons = state.lessons().stream().map(LessonState::quiz).toList();
        boolean allScored = lessons.stream().allMatch(q -> q.best() != null);
        boolean completed;
        Success success;
        Double score = null;
        switch (state.completion()) {
            case FINAL_ASSESSMENT_PASSED -> {
                QuizRecord last = state.finalAssessment();
                completed = passed(last);
                success =
                        completed
                                ? Success.PASSED
                                : exhausted(last) ? Success.FAILED : Success.UNKNOWN;
                score = last.best();
            }
            case ALL_QUIZZES_PASSED -> {
                completed = lessons.stream().allMatch(CourseRules::passed);
                success =
                        completed
                                ? Success.PASSED
                                : lessons.stream().anyMatch(CourseRules::exhausted)
                                        ? Success.FAILED
                                        : Success.UNKNOWN;
                if (allScored) {
                    score = lessons.stream().mapToDouble(QuizRecord::best).min().orElse(0);
                }
            }
            default -> {
                completed = lessons.stream().allMatch(CourseRules::lessonDone);
                success = Success.UNKNOWN;
                if (allScored) {
                    double sum = 0;
                    for (QuizRecord q : lessons) {
                        sum += q.best();
                    }
                    score = Math.round(sum / lessons.size() * 10) / 10.0;
                }
            }
        }
        return new Outcome(completed, success, score, completed || success == Success.FAILED);
    }

    /** Whether the course is completed by its completion rule. */
    public static boolean completed(CourseState state) {
        return outcome(state).completed();
    }

    /**
     * Where "Reprendre" leads. With everything done (every lesson, and the final assessment passed
     * or its attempts used), to the final assessment's results, whatever was last seen: a learner
     * coming back to a finished course wants its verdict, not a lesson quiz's. Otherwise where the
     * learner last was, when that still exists in the course (a quiz whose attempt has closed since
     * leads to its results; a quiz never started to its start; a locked final is not a place).
     * Without a usable last position: an open attempt at its first unanswered question, then the
     * first lesson not done, then the final assessment (its results once tried).
     */
    public static Position resume(CourseState state, Optional<Position> last) {
        QuizRecord finalQuiz = state.finalAssessment();
        if (allLessonsDone(state) && lessonDone(finalQuiz)) {
            return new Position.AtResults(finalQuiz.quizId());
        }
        Optional<Position> usable = last.flatMap(position -> usable(state, position));
        if (usable.isPresent()) {
            return usable.get();
        }
        for (QuizRecord quiz : quizzes(state)) {
            if (quiz.open() && (quiz != finalQuiz || finalUnlocked(state))) {
                return new Position.InQuiz(quiz.quizId(), quiz.answered());
            }
        }
        for (LessonState lesson : state.lessons()) {
            if (!lessonDone(lesson.quiz())) {
                return new Position.InLesson(lesson.lessonId(), null);
            }
        }
        if (finalUnlocked(state)) {
            return quizPlace(finalQuiz, 0);
        }
        return new Position.InLesson(state.lessons().get(0).lessonId(), null);
    }

    private static Optional<Position> usable(CourseState state, Position position) {
        if (position instanceof Position.InLesson in) {
            return state.lessons().stream().anyMatch(l -> l.lessonId().equals(in.lessonId()))
                    ? Optional.of(in)
                    : Optional.empty();
        }
        if (position instanceof Position.InQuiz in) {
            return reachable(state, in.quizId()).map(q -> quizPlace(q, in.question()));
        }
        return reachable(state, ((Position.AtResults) position).quizId()).map(q -> quizPlace(q, 0));
    }

    /**
     * A quiz's place: its open attempt at that question, else its results once tried, else its
     * start.
     */
    private static Position quizPlace(QuizRecord quiz, int question) {
        if (quiz.open()) {
            return new Position.InQuiz(quiz.quizId(), question);
        }
        return quiz.attempts() > 0
                ? new Position.AtResults(quiz.quizId())
                : new Position.InQuiz(quiz.quizId(), 0);
    }

    private static Optional<QuizRecord> reachable(CourseState state, String quizId) {
        if (state.finalAssessment().quizId().equals(quizId)) {
            return finalUnlocked(state) ? Optional.of(state.finalAssessment()) : Optional.empty();
        }
        return state.lessons().stream()
                .map(LessonState::quiz)
                .filter(q -> q.quizId().equals(quizId))
                .findFirst();
    }

    private static List<QuizRecord> quizzes(CourseState state) {
        List<QuizRecord> quizzes = new ArrayList<>();
        state.lessons().forEach(l -> quizzes.add(l.quiz()));
        quizzes.add(state.finalAssessment());
        return quizzes;
    }

    /** Full credit is correct, some credit partly correct, none incorrect. */
    public static Verdict verdict(double credit) {
        return credit >= 1 ? Verdict.CORRECT : credit > 0 ? Verdict.PARTLY : Verdict.INCORRECT;
    }

    /**
     * The parts of a question's feedback, in order: verdict first (what the learner looks for),
     * then what the question says for that verdict, then the feedback of the choices ticked (about
     * what the learner did), the right answer when theirs was not, the explanation (why), and last
     * the way back to the passage, the next thing to do. Parts without content are left out.
     */
    public static List<FeedbackPart> feedbackParts(
            Verdict verdict,
            boolean lead,
            boolean choiceFeedback,
            boolean explanation,
            boolean passage) {
        List<FeedbackPart> parts = new ArrayList<>();
        parts.add(FeedbackPart.VERDICT);
        if (lead) {
            parts.add(FeedbackPart.LEAD);
        }
        if (choiceFeedback) {
            parts.add(FeedbackPart.CHOICE);
        }
        if (verdict != Verdict.CORRECT) {
            parts.add(FeedbackPart.RIGHT_ANSWER);
        }
        if (explanation) {
            parts.add(FeedbackPart.EXPLANATION);
        }
        if (passage) {
            parts.add(FeedbackPart.PASSAGE);
        }
        return parts;
    }

    /**
     * {@link #scoreText(double, Integer, String)} for a score judged against no pass mark (a share
     * of points).
     */
    public static String scoreText(double percent, String language) {
        return scoreText(percent, null, language);
    }

    /**
     * A score as shown, without its unit: one decimal, dropped when whole, with a decimal comma in
     * French ("87,5", "80"). The display never says more than the score: a score short of full
     * never shows as 100, a non-zero one never as 0, and one short of the pass mark never shows as
     * reaching it, so the figure never contradicts the verdict beside it.
     */
    public static String scoreText(double percent, Integer passMark, String language) {
        long tenths = Math.round(percent * 10);
        if (percent < 100 && tenths >= 1000) {
            tenths = 999;
        }
        if (percent > 0 && tenths <= 0) {
            tenths = 1;
        }
        if (passMark != null && percent < passMark && tenths >= passMark * 10L) {
            tenths = passMark * 10L - 1;
        }
        String whole = Long.toString(tenths / 10);
        return tenths % 10 == 0 ? whole : whole + ("fr".equals(language) ? "," : ".") + tenths % 10;
    }

    /** What a knowledge check tells the learner about an answer; the check counts for no score. */
    public enum CheckVerdict {
        CORRECT,
        PARTLY,
        INCORRECT
    }

    /**
     * The verdict on an answer to an inline knowledge check. Single choice: correct when the one
     * chosen is the correct one, incorrect otherwise. Multiple choice: correct when exactly the
     * correct set is chosen; partly when the answer holds at least one correct choice and no wrong
     * one, but misses some (the learner is on the right track and only has to add); incorrect as
     * soon as a wrong choice is ticked, even beside right ones, so that ticking everything is never
     * "partly" right.
     *
     * @throws IllegalArgumentException when nothing is chosen, a choice is not the check's, or a
     *     single-choice check gets several: such an answer is refused, never judged
     */
    public static CheckVerdict checkVerdict(LessonBlock.Check check, Collection<String> chosen) {
        Set<String> given = new HashSet<>(chosen);
        if (given.isEmpty()) {
            throw new IllegalArgumentException("check " + check.id() + ": no choice given");
        }
        Set<String> correct = new HashSet<>();
        Set<String> known = new HashSet<>();
        for (LessonBlock.CheckChoice choice : check.choices()) {
            known.add(choice.id());
            if (choice.correct()) {
                correct.add(choice.id());
            }
        }
        if (!known.containsAll(given)) {
            throw new IllegalArgumentException(
                    "check " + check.id() + ": unknown choice among " + given);
        }
        if (!check.multiple() && given.size() > 1) {
            throw new IllegalArgumentException(
                    "check " + check.id() + ": one choice only, got " + given.size());
        }
        if (given.equals(correct)) {
            return CheckVerdict.CORRECT;
        }
        return check.multiple() && correct.containsAll(given)
                ? CheckVerdict.PARTLY
                : CheckVerdict.INCORRECT;
    }
}
