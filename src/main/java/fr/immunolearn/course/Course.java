package fr.immunolearn.course;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * One language edition of the course: its lessons in order, each followed by its quiz, and the
 * final assessment drawn from a pool.
 */
public record Course(
        String id,
        String language,
        String title,
        String description,
        Source source,
        String disclaimer,
        CompletionRule completion,
        UnlockRule finalUnlock,
        List<Concept> concepts,
        List<GlossaryEntry> glossary,
        List<Lesson> lessons,
        Quiz finalAssessment) {

    public Course {
        concepts = List.copyOf(concepts);
        glossary = List.copyOf(glossary);
        lessons = List.copyOf(lessons);
    }

    public Optional<Lesson> lesson(String lessonId) {
        return lessons.stream().filter(l -> l.id().equals(lessonId)).findFirst();
    }

    /** Every quiz of the course: each lesson's, then the final assessment. */
    public List<Quiz> quizzes() {
        List<Quiz> quizzes = new ArrayList<>();
        lessons.forEach(l -> quizzes.add(l.quiz()));
        quizzes.add(finalAssessment);
        return List.copyOf(quizzes);
    }

    public Optional<Quiz> quiz(String quizId) {
        return quizzes().stream().filter(q -> q.id().equals(quizId)).findFirst();
    }

    /** Every question of the course, lesson quizzes first, then the final assessment's pool. */
    public List<Question> questions() {
        return quizzes().stream().flatMap(q -> q.questions().stream()).toList();
    }

    public Optional<Question> question(String questionId) {
        return questions().stream().filter(q -> q.id().equals(questionId)).findFirst();
    }

    /** The lesson that holds a passage, with the passage. */
    public Optional<PassageRef> passage(String passageId) {
        for (Lesson lesson : lessons) {
            for (Passage passage : lesson.passages()) {
                if (passage.id().equals(passageId)) {
                    return Optional.of(new PassageRef(lesson, passage));
                }
            }
        }
        return Optional.empty();
    }

    public Optional<GlossaryEntry> glossaryEntry(String termId) {
        return glossary.stream().filter(g -> g.id().equals(termId)).findFirst();
    }

    /** A passage with the lesson it belongs to, for links back from feedback. */
    public record PassageRef(Lesson lesson, Passage passage) {}
}
