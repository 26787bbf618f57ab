package fr.immunolearn.scormexport;

import fr.immunolearn.course.Course;
import fr.immunolearn.course.CourseEditions;
import fr.immunolearn.course.Lesson;
import fr.immunolearn.course.Question;
import fr.immunolearn.course.Quiz;

/**
 * One edition of the course with the trainer's options applied to it: the very model the package
 * bakes, so the player, the manifest and any test that recomputes a layout with {@link
 * fr.immunolearn.quiz.AttemptPlanner} all see the same pass marks, attempts and shuffles.
 *
 * @param passMark the course's pass mark: the manifest's mastery score, and what the course score
 *     is compared with
 * @param newAttemptWhenFinished whether a finished course ends its attempt (see {@link
 *     ExportOptions})
 */
public record ExportedCourse(
        Course course, ScormEdition edition, int passMark, boolean newAttemptWhenFinished) {

    /**
     * @throws IllegalArgumentException when the course has no edition in the language asked for
     */
    public static ExportedCourse of(CourseEditions editions, ExportOptions options) {
        String language =
                options.language() == null ? editions.defaultLanguage() : options.language();
        if (!editions.languages().contains(language)) {
            throw new IllegalArgumentException(
                    "the course has no edition in \""
                            + language
                            + "\" (it has: "
                            + String.join(", ", editions.languages())
                            + ")");
        }
        Course course = editions.edition(language);
        Course adjusted =
                new Course(
                        course.id(),
                        course.language(),
                        course.title(),
                        course.description(),
                        course.source(),
                        course.disclaimer(),
                        options.completion() == null ? course.completion() : options.completion(),
                        course.finalUnlock(),
                        course.concepts(),
                        course.glossary(),
                        course.lessons().stream().map(lesson -> adjust(lesson, options)).toList(),
                        adjust(course.finalAssessment(), options));
        int passMark =
                options.passMark() == null
                        ? course.finalAssessment().passMark()
                        : options.passMark();
        return new ExportedCourse(
                adjusted, options.edition(), passMark, options.newAttemptWhenFinished());
    }

    private static Lesson adjust(Lesson lesson, ExportOptions options) {
        return new Lesson(
                lesson.id(),
                lesson.title(),
                lesson.objectives(),
                lesson.concepts(),
                lesson.introHtml(),
                lesson.passages(),
                lesson.keyPoints(),
                lesson.glossaryTerms(),
                adjust(lesson.quiz(), options));
    }

    private static Quiz adjust(Quiz quiz, ExportOptions options) {
        return new Quiz(
                quiz.id(),
                quiz.lessonId(),
                quiz.title(),
                options.passMark() == null ? quiz.passMark() : options.passMark(),
                options.maxAttempts() == null ? quiz.maxAttempts() : options.maxAttempts(),
                quiz.drawCount(),
                quiz.shuffleQuestions() && options.randomise(),
                quiz.shuffleChoices() && options.randomise(),
                quiz.questions());
    }

    /**
     * The lesson a question's passage belongs to: the group a final assessment draws from in turn.
     */
    public String lessonOf(Question question) {
        return course.passage(question.passageId()).orElseThrow().lesson().id();
    }
}
