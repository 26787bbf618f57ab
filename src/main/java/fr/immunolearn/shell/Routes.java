package fr.immunolearn.shell;

import fr.immunolearn.progress.Position;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Every address of the app, and the one place that turns a {@link Position} into an address and
 * back. Views name their {@code @Route} with these constants and build their links here; the
 * security configuration opens and closes paths by them. No other class writes a route.
 *
 * <p>The addresses a position gives, relative to the app's root:
 *
 * <ul>
 *   <li>a lesson: {@code lecon/<lesson>}, at a passage {@code lecon/<lesson>#<passage>};
 *   <li>a question: {@code quiz/<quiz>?question=<n>}, {@code n} counted from 1 as the screen shows
 *       it;
 *   <li>results: {@code quiz/<quiz>/resultats}.
 * </ul>
 *
 * A passage reached from a question's feedback also says where it came from, so the lesson can
 * offer the way back: {@code lecon/<lesson>?quiz=<quiz>&question=<n>#<passage>}.
 */
public final class Routes {

    public static final String LESSON_ID = "lessonId";
    public static final String QUIZ_ID = "quizId";
    public static final String ACCOUNT_ID = "accountId";
    public static final String QUESTION = "question";
    public static final String FROM_QUIZ = "quiz";

    public static final String HOME = "";
    public static final String LESSON = "lecon/:" + LESSON_ID;
    public static final String QUIZ = "quiz/:" + QUIZ_ID;
    public static final String RESULTS = "quiz/:" + QUIZ_ID + "/resultats";
    public static final String SIGN_IN = "connexion";
    public static final String REGISTER = "inscription";
    public static final String TRAINER = "formateur";
    public static final String TRAINER_CONTENT = TRAINER + "/contenu";
    public static final String TRAINER_QUESTIONS = TRAINER + "/questions";
    public static final String TRAINER_EXPORT = TRAINER + "/export";
    public static final String TRAINER_LEARNER = TRAINER + "/apprenant/:" + ACCOUNT_ID;

    /**
     * A learner's page in the trainer's table, where the id is filled in by the grid's template.
     */
    public static final String TRAINER_LEARNER_PREFIX = TRAINER + "/apprenant/";

    /** Files the trainer downloads (CSV, question banks, SCORM packages); not views. */
    public static final String TRAINER_DOWNLOADS = TRAINER + "/telechargement/";

    public static final String LEARNERS_CSV = TRAINER_DOWNLOADS + "apprenants.csv";
    public static final String QUESTIONS_CSV = TRAINER_DOWNLOADS + "questions.csv";
    public static final String QUESTION_BANK = TRAINER_DOWNLOADS + "banque/";
    public static final String SCORM_DOWNLOAD = TRAINER_DOWNLOADS + "scorm/";

    /** A SCORM package served unpacked in the trainer's preview frame; not a view. */
    public static final String SCORM_PREVIEW = TRAINER + "/apercu-scorm/";

    /** Content ids, as the loader accepts them: nothing in them needs escaping in an address. */
    private static final String ID = "[a-z0-9][a-z0-9_-]{0,63}";

    private static final Pattern ID_ONLY = Pattern.compile(ID);
    private static final Pattern NUMBER = Pattern.compile("[1-9][0-9]{0,5}");
    private static final Pattern LESSON_ADDRESS =
            Pattern.compile(
                    "lecon/("
                            + ID
                            + ")(?:\\?"
                            + FROM_QUIZ
                            + "=("
                            + ID
                            + ")&"
                            + QUESTION
                            + "=([1-9][0-9]{0,5}))?(?:#("
                            + ID
                            + "))?");
    private static final Pattern QUIZ_ADDRESS =
            Pattern.compile(
                    "quiz/(" + ID + ")(?:\\?" + QUESTION + "=([1-9][0-9]{0,5})|(/resultats))");

    private Routes() {}

    /** The address that shows {@code position}. */
    public static String of(Position position) {
        if (position instanceof Position.InLesson at) {
            return lesson(at.lessonId()) + (at.passageId() == null ? "" : "#" + id(at.passageId()));
        }
        if (position instanceof Position.InQuiz at) {
            return quiz(at.quizId()) + "?" + QUESTION + "=" + (at.question() + 1);
        }
        return results(((Position.AtResults) position).quizId());
    }

    /** A passage reached from a question: the lesson offers the way back to {@code from}. */
    public static String passageFrom(Position.InLesson passage, Position.InQuiz from) {
        return lesson(passage.lessonId())
                + "?"
                + FROM_QUIZ
                + "="
                + id(from.quizId())
                + "&"
                + QUESTION
                + "="
                + (from.question() + 1)
                + (passage.passageId() == null ? "" : "#" + id(passage.passageId()));
    }

    /**
     * The position an address shows, when it is one this class writes; anything else (another path,
     * an id the content could not have, a question that is not a number from 1) is refused.
     */
    public static Optional<Position> position(String address) {
        if (address == null) {
            return Optional.empty();
        }
        String relative = address.startsWith("/") ? address.substring(1) : address;
        Matcher lesson = LESSON_ADDRESS.matcher(relative);
        if (lesson.matches()) {
            return Optional.of(new Position.InLesson(lesson.group(1), lesson.group(4)));
        }
        Matcher quiz = QUIZ_ADDRESS.matcher(relative);
        if (quiz.matches()) {
            return Optional.of(
                    quiz.group(3) != null
                            ? new Position.AtResults(quiz.group(1))
                            : new Position.InQuiz(
                                    quiz.group(1), Integer.parseInt(quiz.group(2)) - 1));
        }
        return Optional.empty();
    }

    /** The question a lesson's address says the learner came from, if it names a valid one. */
    public static Optional<Position.InQuiz> cameFrom(Map<String, List<String>> query) {
        Optional<String> quizId =
                single(query, FROM_QUIZ).filter(q -> ID_ONLY.matcher(q).matches());
        OptionalInt question = question(query);
        return quizId.isPresent() && question.isPresent()
                ? Optional.of(new Position.InQuiz(quizId.get(), question.getAsInt()))
                : Optional.empty();
    }

    /** The 0-based question a quiz's address names, if it names one validly. */
    public static OptionalInt question(Map<String, List<String>> query) {
        return single(query, QUESTION)
                .filter(n -> NUMBER.matcher(n).matches())
                .map(n -> OptionalInt.of(Integer.parseInt(n) - 1))
                .orElse(OptionalInt.empty());
    }

    public static String lesson(String lessonId) {
        return "lecon/" + id(lessonId);
    }

    public static String quiz(String quizId) {
        return "quiz/" + id(quizId);
    }

    public static String results(String quizId) {
        return quiz(quizId) + "/resultats";
    }

    /** Every path under {@code prefix}, as Spring Security's matchers write it. */
    public static String under(String prefix) {
        return "/" + prefix + "**";
    }

    private static Optional<String> single(Map<String, List<String>> query, String name) {
        List<String> values = query.getOrDefault(name, List.of());
        return values.size() == 1 ? Optional.of(values.get(0)) : Optional.empty();
    }

    private static String id(String id) {
        if (!ID_ONLY.matcher(id).matches()) {
            throw new IllegalArgumentException(
                    "not a content id, cannot be put in an address: " + id);
        }
        return id;
    }
}
