package fr.immunolearn.questionbank;

import fr.immunolearn.course.Choice;
import fr.immunolearn.course.Course;
import fr.immunolearn.course.CreditMode;
import fr.immunolearn.course.Feedback;
import fr.immunolearn.course.MatchPair;
import fr.immunolearn.course.OrderItem;
import fr.immunolearn.course.Question;
import fr.immunolearn.course.QuestionKind;
import fr.immunolearn.course.Quiz;
import fr.immunolearn.quiz.AnswerText;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * How the course's questions become Moodle's, decided once for both formats:
 *
 * <ul>
 *   <li>single choice: {@code multichoice}, one answer, the right choice at 100 %;
 *   <li>multiple response: {@code multichoice}, several answers, each right choice an equal share
 *       of 100 %. In partial credit each wrong choice takes one share back, which is exactly the
 *       course's rule (right minus wrong, over the right ones, never below 0). All or nothing has
 *       no equal in Moodle's standard types: each wrong choice takes back 100 %, so any wrong
 *       choice gives 0 as in the course, but a response with only some of the right choices earns
 *       their shares;
 *   <li>true-false: {@code truefalse};
 *   <li>fill-in: {@code shortanswer}, case-insensitive, every accepted answer at 100 % with the
 *       variants the course also accepts (plain apostrophes and dashes, no accents), since Moodle
 *       only ignores case;
 *   <li>matching: {@code match}; Moodle always gives a share per right pair;
 *   <li>ordering: {@code ordering}, graded all or nothing, or by items in their right place (the
 *       course's partial credit).
 * </ul>
 *
 * Per-choice feedback goes in the answers' feedback, "if correct" and "if incorrect" in the
 * combined feedback (or the answers' feedback where the type has none), and the explanation with
 * the passage to read again in the general feedback. Each lesson quiz is a category named after its
 * lesson, the final assessment one of its own.
 */
final class QuestionMapping {

    private static final Pattern APOSTROPHES = Pattern.compile("[’‘ʼ`´]");
    private static final Pattern DASHES = Pattern.compile("[‐‑‒–—]");
    private static final Pattern SPACES = Pattern.compile("(?U)\\s+");
    private static final int NAME_LENGTH = 100;

    private final Course course;
    private final BankWords words;
    private final boolean shuffleChoices;

    QuestionMapping(Course course, BankWords words, boolean shuffleChoices) {
        this.course = course;
        this.words = words;
        this.shuffleChoices = shuffleChoices;
    }

    /**
     * A category of the bank: its Moodle path, what it holds, and its questions in the content's
     * order.
     */
    record Category(String path, String infoHtml, List<BankQuestion> questions) {
        public Category {
            questions = List.copyOf(questions);
        }
    }

    Category category(Quiz quiz) {
        String title =
                quiz.isFinalAssessment()
                        ? quiz.title()
                        : course.lesson(quiz.lessonId()).orElseThrow().title();
        String info =
                quiz.isFinalAssessment()
                        ? words.get(
                                "final.info",
                                quiz.title(),
                                quiz.drawCount(),
                                quiz.questions().size())
                        : words.get("quiz.info", quiz.title());
        List<BankQuestion> questions = new ArrayList<>();
        for (Question question : quiz.questions()) {
            questions.add(question(question, quiz));
        }
        return new Category(
                "$course$/" + pathPart(course.title()) + "/" + pathPart(title),
                Html.text(info),
                questions);
    }

    /**
     * Moodle reads "/" as a separator between categories, so a slash inside a name is written
     * twice; a category path holds on one line (GIFT's {@code $CATEGORY:} line).
     */
    private static String pathPart(String name) {
        return name.replace("/", "//").replaceAll("\\R+", " ").strip();
    }

    private BankQuestion question(Question question, Quiz quiz) {
        BankQuestion.Header header = header(question);
        Feedback feedback = question.feedback();
        BankQuestion.Combined combined =
                new BankQuestion.Combined(
                        Html.optional(feedback.whenCorrect()),
                        Html.optional(feedback.whenIncorrect()),
                        Html.optional(feedback.whenIncorrect()));
        boolean shuffle = shuffleChoices && quiz.shuffleChoices();
        QuestionKind kind = question.kind();
        if (kind instanceof QuestionKind.SingleChoice single) {
            List<BankQuestion.Option> options =
                    single.choices().stream()
                            .map(c -> option(c, c.correct() ? Grade.FULL : Grade.NONE))
                            .toList();
            return new BankQuestion.Choices(header, true, shuffle, options, combined);
        }
        if (kind instanceof QuestionKind.MultipleResponse multiple) {
            return multipleResponse(question, header, multiple, shuffle, combined);
        }
        if (kind instanceof QuestionKind.TrueFalse trueFalse) {
            String right = Html.optional(feedback.whenCorrect());
            String wrong = Html.optional(feedback.whenIncorrect());
            return new BankQuestion.TrueFalse(
                    header,
                    trueFalse.answer(),
                    trueFalse.answer() ? right : wrong,
                    trueFalse.answer() ? wrong : right);
        }
        if (kind instanceof QuestionKind.FillIn fillIn) {
            return shortAnswer(header, fillIn, feedback);
        }
        if (kind instanceof QuestionKind.Matching matching) {
            List<BankQuestion.Pair> pairs =
                    matching.pairs().stream()
                            .map(
                                    (MatchPair p) ->
                                            new BankQuestion.Pair(
                                                    Html.text(p.premise()), p.response()))
                            .toList();
            return new BankQuestion.Match(header, pairs, combined);
        }
        QuestionKind.Ordering ordering = (QuestionKind.Ordering) kind;
        return new BankQuestion.Ordering(
                header,
                ordering.items().stream().map(OrderItem::text).toList(),
                ordering.credit() == CreditMode.ALL_OR_NOTHING,
                combined);
    }

    private BankQuestion.Header header(Question question) {
        String general =
                question.passageId() == null
                        ? Html.paragraphs(List.of(question.feedback().explanation()))
                        : course.passage(question.passageId())
                                .map(
                                        ref ->
                                                Html.paragraphs(
                                                        List.of(
                                                                question.feedback().explanation(),
                                                                words.get(
                                                                        "passage",
                                                                        ref.lesson().title(),
                                                                        ref.passage().title()))))
                                .orElse(
                                        Html.paragraphs(
                                                List.of(question.feedback().explanation())));
        return new BankQuestion.Header(
                name(question),
                question.id(),
                Html.text(question.prompt()),
                general,
                question.weight());
    }

    /**
     * The question's id, so trainers find it by the id the course's reports use, then its prompt.
     */
    private static String name(Question question) {
        String prompt = SPACES.matcher(question.prompt()).replaceAll(" ").strip();
        String name = question.id() + " – " + prompt;
        if (name.codePointCount(0, name.length()) <= NAME_LENGTH) {
            return name;
        }
        return name.substring(0, name.offsetByCodePoints(0, NAME_LENGTH - 1)).strip() + "…";
    }

    private static BankQuestion.Option option(Choice choice, Grade grade) {
        return new BankQuestion.Option(
                Html.text(choice.text()), grade, Html.optional(choice.feedback()));
    }

    private static BankQuestion multipleResponse(
            Question question,
            BankQuestion.Header header,
            QuestionKind.MultipleResponse multiple,
            boolean shuffle,
            BankQuestion.Combined combined) {
        int right = (int) multiple.choices().stream().filter(Choice::correct).count();
        Grade share =
                Grade.share(right)
                        .orElseThrow(
                                () ->
                                        new IllegalArgumentException(
                                                "question "
                                                        + question.id()
                                                        + " has "
                                                        + right
                                                        + " right choices: Moodle's grade options cannot share 100 % equally among them"
                                                        + " (1 to 10, or 20, right choices can)"));
        Grade wrong =
                multiple.credit() == CreditMode.PARTIAL ? share.negate() : Grade.FULL.negate();
        List<BankQuestion.Option> options =
                multiple.choices().stream()
                        .map(c -> option(c, c.correct() ? share : wrong))
                        .toList();
        return new BankQuestion.Choices(header, false, shuffle, options, combined);
    }

    private static BankQuestion shortAnswer(
            BankQuestion.Header header, QuestionKind.FillIn fillIn, Feedback feedback) {
        // Compared as Moodle compares them (ignoring case), so no variant is written twice.
        Set<String> seen = new LinkedHashSet<>();
        List<BankQuestion.Accepted> answers = new ArrayList<>();
        String right = Html.optional(feedback.whenCorrect());
        for (String accepted : fillIn.acceptedAnswers()) {
            for (String variant :
                    List.of(
                            accepted.strip(),
                            plainMarks(accepted),
                            AnswerText.normalise(accepted))) {
                if (!variant.isEmpty() && seen.add(variant.toLowerCase(Locale.ROOT))) {
                    answers.add(new BankQuestion.Accepted(literal(variant), Grade.FULL, right));
                }
            }
        }
        if (!feedback.whenIncorrect().isBlank()) {
            // Moodle's way of giving feedback to every other response: a star, worth nothing.
            answers.add(
                    new BankQuestion.Accepted(
                            "*", Grade.NONE, Html.text(feedback.whenIncorrect())));
        }
        return new BankQuestion.ShortAnswer(header, answers);
    }

    /** The answer with plain apostrophes, dashes and single spaces, as typed on most keyboards. */
    private static String plainMarks(String text) {
        String plain = APOSTROPHES.matcher(text).replaceAll("'");
        plain = DASHES.matcher(plain).replaceAll("-");
        return SPACES.matcher(plain).replaceAll(" ").strip();
    }

    /** A shortanswer pattern matching {@code text} exactly: Moodle reads a star as "anything". */
    private static String literal(String text) {
        return text.replace("*", "\\*");
    }
}
