package fr.immunolearn.questionbank;

import fr.immunolearn.course.Course;
import fr.immunolearn.course.CourseEditions;
import fr.immunolearn.course.Quiz;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

/** Writes the course's questions as a question bank for an LMS's own quiz engine. */
public final class QuestionBank {

    private QuestionBank() {}

    /**
     * The question bank of one edition, in the format and with the quizzes asked for. Categories
     * and questions follow the content's order, and nothing depends on the clock: the same content
     * and options give the same bytes.
     *
     * @throws IllegalArgumentException when the course has no edition in the language asked for, a
     *     quiz id names no quiz of the course, or a question cannot be written in Moodle's terms
     */
    public static BankFile export(CourseEditions editions, BankOptions options) {
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
        List<Quiz> quizzes = chosen(course, options.quizIds());
        QuestionMapping mapping =
                new QuestionMapping(course, BankWords.of(language), options.randomise());
        List<QuestionMapping.Category> categories = new ArrayList<>();
        quizzes.forEach(quiz -> categories.add(mapping.category(quiz)));
        byte[] bytes =
                switch (options.format()) {
                    case MOODLE_XML -> MoodleXml.write(categories);
                    case GIFT -> Gift.write(categories, BankWords.of(language));
                };
        int questions = categories.stream().mapToInt(c -> c.questions().size()).sum();
        String fileName =
                course.id()
                        + "-"
                        + language
                        + "-"
                        + (options.format() == BankFormat.GIFT ? "gift" : "moodle")
                        + options.format().extension();
        return new BankFile(fileName, options, language, bytes, questions, categories.size());
    }

    /** The quizzes asked for, in the course's order; every quiz when none is named. */
    private static List<Quiz> chosen(Course course, List<String> quizIds) {
        if (quizIds.isEmpty()) {
            return course.quizzes();
        }
        Set<String> known =
                course.quizzes().stream()
                        .map(Quiz::id)
                        .collect(Collectors.toCollection(LinkedHashSet::new));
        List<String> unknown =
                quizIds.stream().filter(id -> !known.contains(id)).distinct().toList();
        if (!unknown.isEmpty()) {
            throw new IllegalArgumentException(
                    "the course has no quiz "
                            + String.join(
                                    ", ", unknown.stream().map(id -> "\"" + id + "\"").toList())
                            + " (it has: "
                            + String.join(", ", known)
                            + ")");
        }
        return course.quizzes().stream().filter(q -> quizIds.contains(q.id())).toList();
    }
}
