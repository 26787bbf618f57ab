package fr.immunolearn.scormexport;

import fr.immunolearn.course.Choice;
import fr.immunolearn.course.Course;
import fr.immunolearn.course.Lesson;
import fr.immunolearn.course.MatchPair;
import fr.immunolearn.course.OrderItem;
import fr.immunolearn.course.Question;
import fr.immunolearn.course.QuestionKind;
import java.text.Normalizer;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.regex.Pattern;

/**
 * The identifiers the player writes into the LMS's data model in place of the content's ids: the
 * rule is here, once; {@code course.js} carries its result beside each content id and the player
 * writes what it is given.
 *
 * <p>Why a rule at all: content ids are free text (hyphens, accents, any length), and the strictest
 * runtime in use refuses most of that. Moodle 4.5 checks SCORM 2004 short identifiers (choice,
 * matching and sequencing responses) against {@code ^[\w.]{1,250}$}, where its JavaScript {@code
 * \w} is ASCII only, and answers 406 to anything else; scorm-again also wants at least one word
 * character; SCORM 1.2's CMIIdentifier wants printable ASCII up to 255; 2004's long identifiers
 * must not start with {@code urn:} unless they are URNs. An id made of ASCII letters, digits,
 * {@code _} and {@code .}, with at least one of the first three, up to 250 characters, satisfies
 * every one of them, so every identifier the player writes is held to that.
 *
 * <p>Each namespace the LMS tells apart gets its own mapping, which is one-to-one there: the
 * lessons (objectives), the questions (interactions, as question id, {@code _} and attempt), and
 * within each question its choices, its pairs (matching sources and targets alike) and its ordering
 * items. An id that is already valid stays as it is and is served first; the others are made
 * readable ({@code -} and every other refused character become {@code _}, accents are dropped, the
 * length is cut) and, when that collides with an id already taken, take the first free suffix
 * {@code _2}, {@code _3}... Content order decides among equals, so the same content always gives
 * the same identifiers.
 */
public final class LmsIdentifiers {

    /** The longest identifier: Moodle's and the standard's short identifiers stop at 250. */
    public static final int MAX_LENGTH = 250;

    /**
     * The longest question identifier: an interaction's id adds {@code _} and the attempt number,
     * and must still fit {@link #MAX_LENGTH} (nine digits of attempts to spare).
     */
    public static final int QUESTION_MAX_LENGTH = MAX_LENGTH - 10;

    private static final Pattern VALID = Pattern.compile("(?=.*[A-Za-z0-9_])[A-Za-z0-9_.]+");

    private final Map<String, String> lessons;
    private final Map<String, String> questions;
    private final Map<String, Map<String, String>> choices = new LinkedHashMap<>();
    private final Map<String, Map<String, String>> pairs = new LinkedHashMap<>();
    private final Map<String, Map<String, String>> items = new LinkedHashMap<>();

    private LmsIdentifiers(Course course) {
        lessons = assign(course.lessons().stream().map(Lesson::id).toList(), MAX_LENGTH);
        List<Question> all = course.questions();
        questions = assign(all.stream().map(Question::id).toList(), QUESTION_MAX_LENGTH);
        for (Question question : all) {
            QuestionKind kind = question.kind();
            if (kind instanceof QuestionKind.SingleChoice single) {
                choices.put(question.id(), assign(ids(single.choices(), Choice::id), MAX_LENGTH));
            } else if (kind instanceof QuestionKind.MultipleResponse multiple) {
                choices.put(question.id(), assign(ids(multiple.choices(), Choice::id), MAX_LENGTH));
            } else if (kind instanceof QuestionKind.Matching matching) {
                pairs.put(question.id(), assign(ids(matching.pairs(), MatchPair::id), MAX_LENGTH));
            } else if (kind instanceof QuestionKind.Ordering ordering) {
                items.put(question.id(), assign(ids(ordering.items(), OrderItem::id), MAX_LENGTH));
            }
        }
    }

    public static LmsIdentifiers of(Course course) {
        return new LmsIdentifiers(course);
    }

    /** The objective's identifier for a lesson. */
    public String lesson(String lessonId) {
        return find(lessons, lessonId, "lesson");
    }

    public String question(String questionId) {
        return find(questions, questionId, "question");
    }

    /** An interaction's identifier: the attempt keeps retries apart in the LMS's reports. */
    public String interaction(String questionId, int attempt) {
        return question(questionId) + "_" + attempt;
    }

    public String choice(String questionId, String choiceId) {
        return find(find(choices, questionId, "choice question"), choiceId, "choice");
    }

    public String pair(String questionId, String pairId) {
        return find(find(pairs, questionId, "matching question"), pairId, "pair");
    }

    public String item(String questionId, String itemId) {
        return find(find(items, questionId, "ordering question"), itemId, "item");
    }

    /**
     * Whether an identifier satisfies every runtime's rule, within {@code maxLength} characters.
     */
    public static boolean valid(String identifier, int maxLength) {
        return identifier != null
                && identifier.length() <= maxLength
                && VALID.matcher(identifier).matches();
    }

    /**
     * The identifiers of one namespace, in the order of {@code ids}: valid ids keep themselves, the
     * others their readable form, suffixed when it is taken.
     */
    static Map<String, String> assign(List<String> ids, int maxLength) {
        Set<String> distinct = new LinkedHashSet<>(ids);
        Map<String, String> assigned = new LinkedHashMap<>();
        Set<String> taken = new HashSet<>();
        for (String id : distinct) {
            if (valid(id, maxLength)) {
                assigned.put(id, id);
                taken.add(id);
            }
        }
        for (String id : distinct) {
            if (assigned.containsKey(id)) {
                continue;
            }
            String base = readable(id, maxLength);
            String candidate = base;
            for (int n = 2; !taken.add(candidate); n++) {
                String suffix = "_" + n;
                candidate =
                        base.substring(0, Math.min(base.length(), maxLength - suffix.length()))
                                + suffix;
            }
            assigned.put(id, candidate);
        }
        // Back in content order, whichever pass assigned them.
        Map<String, String> ordered = new LinkedHashMap<>();
        distinct.forEach(id -> ordered.put(id, assigned.get(id)));
        return ordered;
    }

    /** The id with every refused character replaced, accents dropped, cut to {@code maxLength}. */
    static String readable(String id, int maxLength) {
        String decomposed = Normalizer.normalize(id, Normalizer.Form.NFKD);
        StringBuilder out = new StringBuilder();
        decomposed
                .codePoints()
                .forEach(
                        c -> {
                            if (Character.getType(c) == Character.NON_SPACING_MARK) {
                                return;
                            }
                            boolean kept =
                                    c < 128
                                            && (Character.isLetterOrDigit(c)
                                                    || c == '_'
                                                    || c == '.');
                            out.append(kept ? (char) c : '_');
                        });
        String cut = cut(out.toString(), maxLength);
        // Empty, or dots alone: scorm-again wants a word character.
        return VALID.matcher(cut).matches() ? cut : cut("_" + cut, maxLength);
    }

    private static String cut(String text, int maxLength) {
        return text.length() > maxLength ? text.substring(0, maxLength) : text;
    }

    private static <T> List<String> ids(List<T> entries, Function<T, String> id) {
        return entries.stream().map(id).toList();
    }

    private static <V> V find(Map<String, V> map, String key, String what) {
        V value = map.get(key);
        if (value == null) {
            throw new IllegalArgumentException("no " + what + " \"" + key + "\" in the course");
        }
        return value;
    }
}
