package fr.immunolearn.scormexport;

import fr.immunolearn.course.Choice;
import fr.immunolearn.course.Course;
import fr.immunolearn.course.Lesson;
import fr.immunolearn.course.MatchPair;
import fr.immunolearn.course.OrderItem;
import fr.immunolearn.course.Question;
import fr.immunolearn.course.QuestionKind;
import fr.immunolearn.course.Quiz;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;

/**
 * The short keys by which the player's suspend_data names the course, its lessons, quizzes and
 * questions, so that a state written by an older version of the package can be read by a newer one
 * (SuccessFactors and Cornerstone hand the old suspend_data to the new version): positions shift
 * when content changes, keys do not. Computed here once and baked into course.js; the player never
 * derives one itself.
 *
 * <p>Keys are a few base-36 characters of a SHA-256, so they cost little of SCORM 1.2's 4,096
 * characters. A question's key also covers what its answer tokens index (its type, its options' ids
 * in content order, its accepted answers): a question whose options changed gets a new key, so an
 * old answer never lands on other options. Within one course, a key that collides with an earlier
 * one (in content order) is hashed again with a counter, so keys are unique and stay the same as
 * long as the content before them does not gain a colliding key.
 *
 * @param course the course's key
 * @param version a fingerprint of everything the player shows and scores: a new one for any change
 * @param keys each lesson's, quiz's and question's key, by {@link #lessonName}, {@link #quizName}
 *     and {@link #questionName}
 */
public record StateKeys(String course, String version, Map<String, String> keys) {

    /** Characters of a lesson, quiz or question key: 36^4 = 1.7 million, so a collision is rare. */
    static final int KEY_LENGTH = 4;

    /** Characters of the content fingerprint. */
    static final int VERSION_LENGTH = 8;

    public static StateKeys of(Course course, String bakedContent) {
        Map<String, String> keys = new HashMap<>();
        unique(keys, course.lessons().stream().map(l -> lessonName(l.id())).toList());
        List<Quiz> quizzes =
                Stream.concat(
                                course.lessons().stream().map(Lesson::quiz),
                                Stream.of(course.finalAssessment()))
                        .toList();
        unique(keys, quizzes.stream().map(q -> quizName(q.id())).toList());
        unique(
                keys,
                quizzes.stream()
                        .flatMap(q -> q.questions().stream())
                        .map(StateKeys::questionName)
                        .toList());
        return new StateKeys(
                hash("course:" + course.id(), KEY_LENGTH),
                hash(bakedContent, VERSION_LENGTH),
                Map.copyOf(keys));
    }

    public String lesson(String lessonId) {
        return keys.get(lessonName(lessonId));
    }

    public String quiz(String quizId) {
        return keys.get(quizName(quizId));
    }

    public String question(Question question) {
        return keys.get(questionName(question));
    }

    static String lessonName(String lessonId) {
        return "lesson:" + lessonId;
    }

    static String quizName(String quizId) {
        return "quiz:" + quizId;
    }

    /** A question by its id and the shape its answer tokens index. */
    static String questionName(Question question) {
        StringBuilder name =
                new StringBuilder("question:")
                        .append(question.id())
                        .append('|')
                        .append(question.type().key());
        QuestionKind kind = question.kind();
        List<String> parts;
        if (kind instanceof QuestionKind.SingleChoice single) {
            parts = single.choices().stream().map(Choice::id).toList();
        } else if (kind instanceof QuestionKind.MultipleResponse multiple) {
            parts = multiple.choices().stream().map(Choice::id).toList();
        } else if (kind instanceof QuestionKind.FillIn fillIn) {
            parts = fillIn.acceptedAnswers();
        } else if (kind instanceof QuestionKind.Matching matching) {
            parts = matching.pairs().stream().map(MatchPair::id).toList();
        } else if (kind instanceof QuestionKind.Ordering ordering) {
            parts = ordering.items().stream().map(OrderItem::id).toList();
        } else {
            parts = List.of();
        }
        // Lengths first, so that no two lists of parts give the same text.
        parts.forEach(p -> name.append('|').append(p.length()).append(':').append(p));
        return name.toString();
    }

    private static void unique(Map<String, String> keys, List<String> names) {
        Set<String> taken = new HashSet<>();
        for (String name : names) {
            String key = hash(name, KEY_LENGTH);
            for (int again = 1; taken.contains(key); again++) {
                key = hash(name + "#" + again, KEY_LENGTH);
            }
            taken.add(key);
            keys.put(name, key);
        }
    }

    /**
     * The SHA-256 of {@code text} modulo 36^length, in {@code length} base-36 digits (the low ones
     * are uniform).
     */
    static String hash(String text, int length) {
        try {
            byte[] digest =
                    MessageDigest.getInstance("SHA-256")
                            .digest(text.getBytes(StandardCharsets.UTF_8));
            String digits =
                    new BigInteger(1, digest).mod(BigInteger.valueOf(36).pow(length)).toString(36);
            return "0".repeat(length - digits.length()) + digits;
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every JDK has SHA-256", e);
        }
    }
}
