package fr.immunolearn.progress;

import fr.immunolearn.course.LessonBlock;
import java.util.Collection;
import java.util.HashSet;
import java.util.Set;

/**
 * The course's rules that both renderers apply, the app and the SCORM player, written once. The
 * player's progress.js follows them, and the shared vectors ({@code course-rules-vectors.json} in
 * the tests) are run against both.
 */
public final class CourseRules {

    private CourseRules() {
    }

    /**
     * Whether a lesson counts as read: the learner went on to its quiz, or answered every inline
     * knowledge check of a lesson that has some. A check counts for reading, never for a score.
     */
    public static boolean lessonRead(boolean wentToQuiz, int checksAnswered, int checks) {
        return wentToQuiz || checks > 0 && checksAnswered >= checks;
    }

    /** What a knowledge check tells the learner about an answer; the check counts for no score. */
    public enum CheckVerdict {
        CORRECT, PARTLY, INCORRECT
    }

    /**
     * The verdict on an answer to an inline knowledge check. Single choice: correct when the one
     * chosen is the correct one, incorrect otherwise. Multiple choice: correct when exactly the
     * correct set is chosen; partly when the answer holds at least one correct choice and no wrong
     * one, but misses some (the learner is on the right track and only has to add); incorrect as
     * soon as a wrong choice is ticked, even beside right ones, so that ticking everything is
     * never "partly" right.
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
            throw new IllegalArgumentException("check " + check.id() + ": unknown choice among " + given);
        }
        if (!check.multiple() && given.size() > 1) {
            throw new IllegalArgumentException("check " + check.id() + ": one choice only, got " + given.size());
        }
        if (given.equals(correct)) {
            return CheckVerdict.CORRECT;
        }
        return check.multiple() && correct.containsAll(given) ? CheckVerdict.PARTLY : CheckVerdict.INCORRECT;
    }
}
