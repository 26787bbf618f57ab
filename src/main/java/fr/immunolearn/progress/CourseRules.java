package fr.immunolearn.progress;

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
}
