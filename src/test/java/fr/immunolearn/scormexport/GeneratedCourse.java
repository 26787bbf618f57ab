package fr.immunolearn.scormexport;

import fr.immunolearn.course.Choice;
import fr.immunolearn.course.CompletionRule;
import fr.immunolearn.course.Concept;
import fr.immunolearn.course.Course;
import fr.immunolearn.course.CourseEditions;
import fr.immunolearn.course.CreditMode;
import fr.immunolearn.course.Feedback;
import fr.immunolearn.course.Lesson;
import fr.immunolearn.course.MatchPair;
import fr.immunolearn.course.OrderItem;
import fr.immunolearn.course.Passage;
import fr.immunolearn.course.Question;
import fr.immunolearn.course.QuestionKind;
import fr.immunolearn.course.Quiz;
import fr.immunolearn.course.Source;
import fr.immunolearn.course.UnlockRule;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * A course made through the model rather than read from content: {@code lessons} lessons of {@code
 * perLesson} questions each and a final pool of two questions per lesson, cycling through every
 * question type with their largest usual shapes (five choices, four pairs, five items).
 */
final class GeneratedCourse {

    private GeneratedCourse() {}

    static CourseEditions of(int lessons, int perLesson, int maxAttempts) {
        List<Lesson> lessonList = new ArrayList<>();
        List<Question> pool = new ArrayList<>();
        int serial = 0;
        for (int l = 0; l < lessons; l++) {
            String lessonId = "lecon-" + (l + 1);
            String passageId = "passage-" + (l + 1);
            List<Question> questions = new ArrayList<>();
            for (int q = 0; q < perLesson; q++) {
                questions.add(question("q" + (++serial), passageId, serial));
            }
            for (int q = 0; q < 2; q++) {
                pool.add(question("f" + (++serial), passageId, serial));
            }
            Quiz quiz =
                    new Quiz(
                            "quiz-" + (l + 1),
                            lessonId,
                            "Quiz " + (l + 1),
                            80,
                            maxAttempts,
                            perLesson,
                            true,
                            true,
                            questions);
            lessonList.add(
                    new Lesson(
                            lessonId,
                            "Leçon " + (l + 1),
                            List.of("comprendre le point " + (l + 1)),
                            List.of("idee"),
                            "",
                            List.of(
                                    new Passage(
                                            passageId,
                                            "Passage " + (l + 1),
                                            List.of("idee"),
                                            "<p>Texte du passage " + (l + 1) + ".</p>")),
                            List.of("Point clé " + (l + 1)),
                            List.of(),
                            quiz));
        }
        Quiz finalAssessment =
                new Quiz(
                        "evaluation-finale",
                        null,
                        "Évaluation finale",
                        80,
                        maxAttempts,
                        Math.min(10, pool.size()),
                        true,
                        true,
                        pool);
        Course course =
                new Course(
                        "cours-genere",
                        "fr",
                        "Cours généré",
                        "Un cours pour mesurer l’état enregistré.",
                        new Source("Source", "", "", ""),
                        "Ce module ne remplace pas un avis médical.",
                        CompletionRule.FINAL_ASSESSMENT_PASSED,
                        UnlockRule.ALL_LESSONS_DONE,
                        List.of(new Concept("idee", "Une idée")),
                        List.of(),
                        lessonList,
                        finalAssessment);
        return new CourseEditions("fr", Map.of("fr", course));
    }

    private static Question question(String id, String passageId, int serial) {
        QuestionKind kind =
                switch (serial % 6) {
                    case 0 -> new QuestionKind.SingleChoice(choices(5, 1));
                    case 1 -> new QuestionKind.MultipleResponse(choices(5, 3), CreditMode.PARTIAL);
                    case 2 -> new QuestionKind.TrueFalse(serial % 4 == 2);
                    case 3 -> new QuestionKind.FillIn(List.of("réponse attendue", "autre réponse"));
                    case 4 ->
                            new QuestionKind.Matching(
                                    List.of(
                                            new MatchPair("m1", "A", "1"),
                                            new MatchPair("m2", "B", "2"),
                                            new MatchPair("m3", "C", "3"),
                                            new MatchPair("m4", "D", "4")),
                                    CreditMode.PARTIAL);
                    default ->
                            new QuestionKind.Ordering(
                                    List.of(
                                            new OrderItem("o1", "un"),
                                            new OrderItem("o2", "deux"),
                                            new OrderItem("o3", "trois"),
                                            new OrderItem("o4", "quatre"),
                                            new OrderItem("o5", "cinq")),
                                    CreditMode.ALL_OR_NOTHING);
                };
        return new Question(
                id,
                "Question " + id + " ?",
                1,
                List.of("idee"),
                passageId,
                new Feedback("Parce que.", "", ""),
                kind);
    }

    private static List<Choice> choices(int count, int correct) {
        List<Choice> choices = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            choices.add(new Choice("c" + (i + 1), "Choix " + (i + 1), i < correct, ""));
        }
        return choices;
    }
}
