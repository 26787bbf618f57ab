package fr.immunolearn.questionbank;

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
 * A course made through the model (as {@code GeneratedCourse} in the SCORM tests) whose every text
 * is full of what GIFT and XML read as syntax: {@code ~ = # { } :} and the backslash, HTML's {@code
 * < > &}, CDATA's end {@code ]]>}, a leading {@code [html]} or {@code %50%}, a star in an accepted
 * answer, line breaks, and a slash in the titles that name categories. Every type, each credit
 * mode, and an ordering question GIFT can carry beside one it cannot.
 */
final class HostileCourse {

    /** Every character of the syntax, twice, with what HTML and CDATA read too. */
    static final String SYNTAX =
            "a~b=c#d{e}f:g\\h ::~~== ## {{}} \\\\ <b>x</b> & &amp; ]]> -> \"q\" 'x' 50 %";

    private HostileCourse() {}

    static CourseEditions editions() {
        String passageId = "passage-1";
        List<Question> questions =
                List.of(
                        question(
                                "h-single",
                                passageId,
                                new QuestionKind.SingleChoice(
                                        List.of(
                                                new Choice(
                                                        "a",
                                                        "[html]" + SYNTAX,
                                                        true,
                                                        "feedback " + SYNTAX),
                                                new Choice(
                                                        "b",
                                                        "%50% " + SYNTAX,
                                                        false,
                                                        "[plain] " + SYNTAX),
                                                new Choice(
                                                        "c",
                                                        SYNTAX + "\nsecond line",
                                                        false,
                                                        "")))),
                        question(
                                "h-multi-partial",
                                passageId,
                                new QuestionKind.MultipleResponse(
                                        choices(5, 3), CreditMode.PARTIAL)),
                        question(
                                "h-multi-all",
                                passageId,
                                new QuestionKind.MultipleResponse(
                                        choices(4, 2), CreditMode.ALL_OR_NOTHING)),
                        question(
                                "h-multi-one",
                                passageId,
                                new QuestionKind.MultipleResponse(
                                        choices(3, 1), CreditMode.PARTIAL)),
                        new Question(
                                "h-true",
                                "Vrai : " + SYNTAX,
                                2,
                                List.of("idee"),
                                passageId,
                                new Feedback(
                                        "Parce que " + SYNTAX, "Bravo " + SYNTAX, "Non " + SYNTAX),
                                new QuestionKind.TrueFalse(true)),
                        question("h-false", passageId, new QuestionKind.TrueFalse(false)),
                        new Question(
                                "h-fill",
                                "Complétez " + SYNTAX,
                                1.5,
                                List.of("idee"),
                                passageId,
                                new Feedback("Parce que " + SYNTAX, "", "Non : " + SYNTAX),
                                new QuestionKind.FillIn(
                                        List.of("ré*ponse ~=#{}:", "L’œuvre – d’art", "[html]x"))),
                        question(
                                "h-match",
                                passageId,
                                new QuestionKind.Matching(
                                        List.of(
                                                new MatchPair("m1", "A " + SYNTAX, "1 " + SYNTAX),
                                                new MatchPair("m2", "B ->", "-> 2"),
                                                new MatchPair("m3", "[html]C", "3 = trois")),
                                        CreditMode.PARTIAL)),
                        question(
                                "h-order-syntax",
                                passageId,
                                new QuestionKind.Ordering(
                                        List.of(
                                                new OrderItem("o1", "un : " + SYNTAX),
                                                new OrderItem("o2", "deux {2}"),
                                                new OrderItem("o3", "trois #3")),
                                        CreditMode.ALL_OR_NOTHING)),
                        question(
                                "h-order-plain",
                                passageId,
                                new QuestionKind.Ordering(
                                        List.of(
                                                new OrderItem("o1", "alpha"),
                                                new OrderItem("o2", "bêta"),
                                                new OrderItem("o3", "gamma"),
                                                new OrderItem("o4", "delta")),
                                        CreditMode.PARTIAL)));
        List<Question> pool = new ArrayList<>();
        for (Question question : questions.subList(0, 4)) {
            pool.add(
                    new Question(
                            "f-" + question.id(),
                            question.prompt(),
                            question.weight(),
                            question.concepts(),
                            question.passageId(),
                            question.feedback(),
                            question.kind()));
        }
        Quiz quiz =
                new Quiz(
                        "quiz-1",
                        "lecon-1",
                        "Quiz : " + SYNTAX,
                        80,
                        3,
                        questions.size(),
                        true,
                        true,
                        questions);
        Lesson lesson =
                new Lesson(
                        "lecon-1",
                        "Leçon 1/2 : " + SYNTAX,
                        List.of("comprendre"),
                        List.of("idee"),
                        "",
                        List.of(
                                new Passage(
                                        passageId,
                                        "Passage " + SYNTAX,
                                        List.of("idee"),
                                        "<p>Texte.</p>")),
                        List.of("Point clé"),
                        List.of(),
                        quiz);
        Quiz finalAssessment =
                new Quiz(
                        "evaluation-finale",
                        null,
                        "Évaluation / finale " + SYNTAX,
                        80,
                        3,
                        2,
                        true,
                        true,
                        pool);
        Course course =
                new Course(
                        "cours-hostile",
                        "fr",
                        "Cours / hostile " + SYNTAX,
                        "Un cours plein de syntaxe.",
                        new Source("Source", "", "", ""),
                        "Avertissement.",
                        CompletionRule.FINAL_ASSESSMENT_PASSED,
                        UnlockRule.ALL_LESSONS_DONE,
                        List.of(new Concept("idee", "Une idée")),
                        List.of(),
                        List.of(lesson),
                        finalAssessment);
        return new CourseEditions("fr", Map.of("fr", course));
    }

    private static Question question(String id, String passageId, QuestionKind kind) {
        return new Question(
                id,
                "Question " + id + " " + SYNTAX,
                1,
                List.of("idee"),
                passageId,
                new Feedback("Parce que " + SYNTAX + "\n" + SYNTAX, "", ""),
                kind);
    }

    private static List<Choice> choices(int count, int correct) {
        List<Choice> choices = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            choices.add(
                    new Choice(
                            "c" + (i + 1),
                            "Choix " + (i + 1) + " " + SYNTAX,
                            i < correct,
                            i % 2 == 0 ? "" : "Pourquoi " + SYNTAX));
        }
        return choices;
    }
}
