package fr.immunolearn.questionbank;

import static org.assertj.core.api.Assertions.assertThat;

import fr.immunolearn.course.Choice;
import fr.immunolearn.course.Course;
import fr.immunolearn.course.CreditMode;
import fr.immunolearn.course.MatchPair;
import fr.immunolearn.course.OrderItem;
import fr.immunolearn.course.Question;
import fr.immunolearn.course.QuestionKind;
import fr.immunolearn.course.Quiz;
import fr.immunolearn.quiz.Answer;
import fr.immunolearn.quiz.AnswerText;
import fr.immunolearn.quiz.ScoringRules;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;
import org.jsoup.parser.Parser;

/**
 * What a question read back from a bank must be, against the course model it came from: the same
 * texts, the same right answers, and Moodle grading each response as the course does where Moodle's
 * types can (and as documented where they cannot).
 */
final class BankExpectations {

    /** Moodle's grade options as its files write them (percent), and their negatives. */
    static final List<String> GRADE_OPTIONS =
            List.of(
                    "100",
                    "90",
                    "83.33333",
                    "80",
                    "75",
                    "70",
                    "66.66667",
                    "60",
                    "50",
                    "40",
                    "33.33333",
                    "30",
                    "25",
                    "20",
                    "16.66667",
                    "14.28571",
                    "12.5",
                    "11.11111",
                    "10",
                    "5",
                    "0");

    private BankExpectations() {}

    static boolean isGradeOption(String percent) {
        return GRADE_OPTIONS.contains(percent.startsWith("-") ? percent.substring(1) : percent);
    }

    /** The text an HTML field shows, paragraphs and line breaks as line breaks. */
    static String plain(String html) {
        String text =
                html.replace("</p><p>", "\n")
                        .replace("<p>", "")
                        .replace("</p>", "")
                        .replace("<br>", "\n");
        return Parser.unescapeEntities(text, false);
    }

    static void assertSame(
            ReadQuestion read,
            Question question,
            Course course,
            Quiz quiz,
            BankFormat format,
            String positionsLine) {
        String what = format.key() + " " + question.id();
        String title =
                quiz.isFinalAssessment()
                        ? quiz.title()
                        : course.lesson(quiz.lessonId()).orElseThrow().title();
        assertThat(read.category())
                .as(what + " category")
                .isEqualTo(
                        "$course$/"
                                + course.title().replace("/", "//")
                                + "/"
                                + title.replace("/", "//"));
        assertThat(read.name()).as(what + " name").startsWith(question.id() + " – ");
        if (format == BankFormat.MOODLE_XML) {
            assertThat(read.idnumber()).as(what + " idnumber").isEqualTo(question.id());
            assertThat(read.defaultGrade())
                    .as(what + " default grade")
                    .isEqualTo(question.weight());
        }
        String general = plain(read.generalFeedbackHtml());
        assertThat(general)
                .as(what + " general feedback")
                .contains(question.feedback().explanation());
        Course.PassageRef passage = course.passage(question.passageId()).orElseThrow();
        assertThat(general)
                .as(what + " passage reference")
                .contains(passage.lesson().title())
                .contains(passage.passage().title());
        QuestionKind kind = question.kind();
        boolean fallback =
                format == BankFormat.GIFT
                        && kind instanceof QuestionKind.Ordering
                        && read.qtype().equals("matching");
        assertThat(plain(read.textHtml()))
                .as(what + " text")
                .isEqualTo(fallback ? question.prompt() + "\n" + positionsLine : question.prompt());
        if (kind instanceof QuestionKind.SingleChoice single) {
            assertThat(read.qtype()).isEqualTo("multichoice");
            assertThat(read.single()).as(what + " single").isTrue();
            assertChoices(what, read, single.choices());
            for (int i = 0; i < single.choices().size(); i++) {
                assertThat(read.answers().get(i).fraction())
                        .as(what + " fraction of " + single.choices().get(i).id())
                        .isEqualTo(single.choices().get(i).correct() ? "100" : "0");
            }
            combined(what, read, question);
        } else if (kind instanceof QuestionKind.MultipleResponse multiple) {
            assertThat(read.qtype()).isEqualTo("multichoice");
            assertThat(read.single()).as(what + " single").isFalse();
            assertChoices(what, read, multiple.choices());
            assertGradedAsTheCourse(what, read, question, multiple);
            combined(what, read, question);
        } else if (kind instanceof QuestionKind.TrueFalse trueFalse) {
            assertThat(read.qtype()).isEqualTo("truefalse");
            assertThat(read.answers())
                    .extracting(ReadQuestion.Answer::text)
                    .containsExactly("true", "false");
            ReadQuestion.Answer right = read.answers().get(trueFalse.answer() ? 0 : 1);
            ReadQuestion.Answer wrong = read.answers().get(trueFalse.answer() ? 1 : 0);
            assertThat(right.fraction()).as(what + " right answer").isEqualTo("100");
            assertThat(wrong.fraction()).as(what + " wrong answer").isEqualTo("0");
            assertThat(plain(right.feedbackHtml())).isEqualTo(question.feedback().whenCorrect());
            assertThat(plain(wrong.feedbackHtml())).isEqualTo(question.feedback().whenIncorrect());
        } else if (kind instanceof QuestionKind.FillIn fillIn) {
            assertThat(read.qtype()).isEqualTo("shortanswer");
            assertThat(read.answers())
                    .as(what + " one answer at 100 %")
                    .anyMatch(a -> a.fraction().equals("100"));
            for (String accepted : fillIn.acceptedAnswers()) {
                for (String typed :
                        List.of(
                                accepted,
                                accepted.toUpperCase(Locale.ROOT),
                                AnswerText.normalise(accepted),
                                accepted.replace('’', '\'').replace('–', '-'))) {
                    assertThat(moodleMarks(read.answers(), typed))
                            .as(what + " accepts \"" + typed + "\"")
                            .isEqualTo(1);
                }
            }
            assertThat(moodleMarks(read.answers(), "certainement pas " + question.id()))
                    .as(what + " refuses a wrong answer")
                    .isEqualTo(0);
            if (!question.feedback().whenIncorrect().isBlank()) {
                ReadQuestion.Answer other = read.answers().get(read.answers().size() - 1);
                assertThat(other.text()).isEqualTo("*");
                assertThat(plain(other.feedbackHtml()))
                        .isEqualTo(question.feedback().whenIncorrect());
            }
        } else if (kind instanceof QuestionKind.Matching matching) {
            assertThat(read.qtype()).isEqualTo("matching");
            assertThat(read.pairs())
                    .extracting(p -> plain(p.premiseHtml()), ReadQuestion.Pair::response)
                    .as(what + " pairs")
                    .containsExactlyElementsOf(
                            matching.pairs().stream()
                                    .map(
                                            (MatchPair p) ->
                                                    org.assertj.core.groups.Tuple.tuple(
                                                            p.premise(), p.response()))
                                    .toList());
            combined(what, read, question);
        } else {
            QuestionKind.Ordering ordering = (QuestionKind.Ordering) kind;
            List<String> items = ordering.items().stream().map(OrderItem::text).toList();
            if (fallback) {
                // Each item matched with its place; the items shown in another order than the right
                // one.
                List<String> byPlace =
                        new ArrayList<>(java.util.Collections.nCopies(items.size(), (String) null));
                read.pairs()
                        .forEach(
                                p ->
                                        byPlace.set(
                                                Integer.parseInt(p.response()) - 1,
                                                plain(p.premiseHtml())));
                assertThat(byPlace).as(what + " items by place").containsExactlyElementsOf(items);
                assertThat(read.pairs().stream().map(p -> plain(p.premiseHtml())).toList())
                        .as(what + " shown order")
                        .isNotEqualTo(items);
            } else {
                assertThat(read.qtype()).isEqualTo("ordering");
                List<String> readItems =
                        format == BankFormat.GIFT
                                ? read.items()
                                : read.items().stream().map(BankExpectations::plain).toList();
                assertThat(readItems).as(what + " items").containsExactlyElementsOf(items);
                assertThat(read.gradingType())
                        .as(what + " grading")
                        .isEqualTo(
                                ordering.credit() == CreditMode.PARTIAL
                                        ? "ABSOLUTE_POSITION"
                                        : "ALL_OR_NOTHING");
                combined(what, read, question);
            }
        }
    }

    private static void assertChoices(String what, ReadQuestion read, List<Choice> choices) {
        assertThat(read.answers())
                .extracting(a -> plain(a.text()))
                .as(what + " choices")
                .containsExactlyElementsOf(choices.stream().map(Choice::text).toList());
        assertThat(read.answers())
                .extracting(a -> plain(a.feedbackHtml()))
                .as(what + " choices' feedback")
                .containsExactlyElementsOf(choices.stream().map(Choice::feedback).toList());
        assertThat(read.answers())
                .extracting(ReadQuestion.Answer::fraction)
                .as(what + " grade options")
                .allMatch(BankExpectations::isGradeOption);
    }

    /** Moodle XML has the combined feedback; GIFT cannot carry it (documented in Gift). */
    private static void combined(String what, ReadQuestion read, Question question) {
        if (read.combined() == null) {
            return;
        }
        assertThat(read.combined())
                .extracting(BankExpectations::plain)
                .as(what + " combined feedback")
                .containsExactly(
                        question.feedback().whenCorrect(),
                        question.feedback().whenIncorrect(),
                        question.feedback().whenIncorrect());
    }

    /**
     * Every response a learner can give, marked by Moodle (the chosen answers' fractions added,
     * between 0 and 1) and by the course. Partial credit: the same mark, always. All or nothing:
     * the same mark for the right response and for any response with a wrong choice; a response
     * with only some of the right choices earns their shares in Moodle (its standard types have no
     * all-or-nothing multiple answer).
     */
    private static void assertGradedAsTheCourse(
            String what,
            ReadQuestion read,
            Question question,
            QuestionKind.MultipleResponse multiple) {
        double positive =
                read.answers().stream()
                        .mapToDouble(ReadQuestion.Answer::value)
                        .filter(v -> v > 0)
                        .sum();
        assertThat(positive)
                .as(what + " positive fractions add up to 100 %")
                .isCloseTo(1, org.assertj.core.data.Offset.offset(1e-6));
        List<Choice> choices = multiple.choices();
        for (int subset = 1; subset < 1 << choices.size(); subset++) {
            List<String> chosen = new ArrayList<>();
            double moodle = 0;
            boolean anyWrong = false;
            boolean allRight = true;
            for (int i = 0; i < choices.size(); i++) {
                boolean picked = (subset & 1 << i) != 0;
                if (picked) {
                    chosen.add(choices.get(i).id());
                    moodle += read.answers().get(i).value();
                    anyWrong |= !choices.get(i).correct();
                }
                allRight &= picked == choices.get(i).correct();
            }
            moodle = Math.max(0, Math.min(1, moodle));
            double course = ScoringRules.mark(question, new Answer.Choices(chosen)).credit();
            if (multiple.credit() == CreditMode.PARTIAL || anyWrong || allRight) {
                assertThat(moodle)
                        .as(what + " Moodle's mark for " + chosen)
                        .isCloseTo(course, org.assertj.core.data.Offset.offset(1e-6));
            }
        }
    }

    /**
     * Moodle's shortanswer: the first answer whose pattern matches, ignoring case; "*" is anything,
     * "\*" a star.
     */
    static double moodleMarks(List<ReadQuestion.Answer> answers, String typed) {
        for (ReadQuestion.Answer answer : answers) {
            String regex =
                    java.util.Arrays.stream(answer.text().split("(?<!\\\\)\\*", -1))
                            .map(bit -> Pattern.quote(bit.replace("\\*", "*")))
                            .collect(java.util.stream.Collectors.joining(".*"));
            if (Pattern.compile(
                            regex, Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE | Pattern.DOTALL)
                    .matcher(typed.strip())
                    .matches()) {
                return answer.value();
            }
        }
        return 0;
    }
}
