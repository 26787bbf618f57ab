package fr.immunolearn.questionbank;

import fr.immunolearn.quiz.AnswerText;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.regex.Pattern;

/**
 * The bank as a GIFT file, the way Moodle's GIFT importer reads it: one block per question or
 * {@code $CATEGORY:}, blocks apart by a blank line, {@code ::name::}, the text in {@code [html]}
 * (answers and feedback take the question's format), {@code ~ = # { } :} and the backslash escaped
 * with a backslash, and no line break inside a text.
 *
 * <p>What GIFT cannot carry: the combined feedback ("if correct", "if incorrect") of choice,
 * matching and ordering questions, which only Moodle XML holds; and the category's description.
 * Ordering questions use the {@code {>} syntax of Moodle's ordering type (Moodle 4.4 and later),
 * which reads each item as it stands, escapes included, in Moodle's own format: an item holding
 * any of {@code ~ = # { } : \ < > &} or a line break cannot be written that way. Such a question
 * falls back to a matching question, the items in a fixed shuffled order each paired with its
 * place ("1" for the first), with a line telling the learner so: the same answer and, per item
 * in its right place, the same partial credit, though never all or nothing.
 */
final class Gift {

    /** Characters Moodle's GIFT importer reads as syntax unless a backslash comes first. */
    private static final Pattern SYNTAX = Pattern.compile("([\\\\~=#{}:])");

    /** Characters an ordering item cannot hold in GIFT (it is read without unescaping, as HTML). */
    private static final Pattern NOT_IN_AN_ITEM = Pattern.compile("[\\\\~=#{}:<>&\\r\\n]");

    private Gift() {}

    static byte[] write(List<QuestionMapping.Category> categories, BankWords words) {
        StringBuilder out = new StringBuilder();
        for (QuestionMapping.Category category : categories) {
            // Moodle takes the category line as written, without unescaping it.
            out.append("$CATEGORY: ").append(category.path().replace('\n', ' ')).append("\n\n");
            for (BankQuestion question : category.questions()) {
                question(out, question, words);
                out.append("\n");
            }
        }
        return out.toString().getBytes(StandardCharsets.UTF_8);
    }

    private static void question(StringBuilder out, BankQuestion question, BankWords words) {
        BankQuestion.Header header = question.header();
        out.append("::").append(escape(header.name())).append("::[html]");
        if (question instanceof BankQuestion.Ordering ordering && !nativeOrdering(ordering)) {
            out.append(
                            escape(
                                    header.textHtml()
                                            + "<br>"
                                            + Html.text(words.get("ordering.positions"))))
                    .append("{\n");
            positions(out, ordering);
        } else {
            out.append(escape(header.textHtml())).append("{\n");
            answers(out, question);
        }
        out.append("####").append(escape(leading(header.generalFeedbackHtml()))).append("\n}\n");
    }

    private static void answers(StringBuilder out, BankQuestion question) {
        if (question instanceof BankQuestion.Choices choices) {
            for (BankQuestion.Option option : choices.options()) {
                String mark;
                if (choices.single()) {
                    mark = option.grade().equals(Grade.FULL) ? "=" : "~";
                } else {
                    // GIFT takes a question with no "=" answer as a multiple-answer one.
                    mark =
                            option.grade().equals(Grade.NONE)
                                    ? "~"
                                    : "~%" + option.grade().percent() + "%";
                }
                out.append(mark).append(escape(leading(option.textHtml())));
                feedback(out, option.feedbackHtml());
                out.append("\n");
            }
        } else if (question instanceof BankQuestion.TrueFalse trueFalse) {
            // {TRUE#feedback if wrong#feedback if right}
            String right =
                    trueFalse.answer()
                            ? trueFalse.feedbackTrueHtml()
                            : trueFalse.feedbackFalseHtml();
            String wrong =
                    trueFalse.answer()
                            ? trueFalse.feedbackFalseHtml()
                            : trueFalse.feedbackTrueHtml();
            out.append(trueFalse.answer() ? "TRUE" : "FALSE");
            if (!wrong.isEmpty() || !right.isEmpty()) {
                out.append("#").append(escape(leading(wrong)));
            }
            if (!right.isEmpty()) {
                out.append("#").append(escape(leading(right)));
            }
            out.append("\n");
        } else if (question instanceof BankQuestion.ShortAnswer shortAnswer) {
            for (BankQuestion.Accepted accepted : shortAnswer.answers()) {
                // Moodle reads a leading "[html]" of an answer as its format: a "[plain]" first
                // keeps it text.
                String pattern =
                        accepted.pattern().startsWith("[")
                                ? "[plain]" + accepted.pattern()
                                : accepted.pattern();
                out.append("=%")
                        .append(accepted.grade().percent())
                        .append("%")
                        .append(escape(pattern));
                feedback(out, accepted.feedbackHtml());
                out.append("\n");
            }
        } else if (question instanceof BankQuestion.Match match) {
            for (BankQuestion.Pair pair : match.pairs()) {
                out.append("=")
                        .append(escape(leading(pair.premiseHtml())))
                        .append(" -> ")
                        .append(escape(pair.response()))
                        .append("\n");
            }
        } else {
            BankQuestion.Ordering ordering = (BankQuestion.Ordering) question;
            out.append(">")
                    .append(ordering.items().size())
                    .append(" ALL VERTICAL ")
                    .append(ordering.allOrNothing() ? "ALL_OR_NOTHING" : "ABSOLUTE_POSITION")
                    .append(" SHOW none\n");
            ordering.items().forEach(item -> out.append(item.strip()).append("\n"));
        }
    }

    /** Whether Moodle's {@code {>} syntax carries every item exactly as written. */
    static boolean nativeOrdering(BankQuestion.Ordering ordering) {
        return ordering.items().stream()
                .allMatch(
                        item ->
                                !NOT_IN_AN_ITEM.matcher(item).find()
                                        && !item.isBlank()
                                        && !item.strip().equals("0")
                                        && !item.strip().startsWith("//")
                                        && !item.strip().startsWith("["));
    }

    /**
     * The fallback: each item, in a fixed order that is not the right one, matched with its place.
     */
    private static void positions(StringBuilder out, BankQuestion.Ordering ordering) {
        List<Integer> shown = shownOrder(ordering.items());
        for (int index : shown) {
            out.append("=")
                    .append(escape(leading(Html.text(ordering.items().get(index)))))
                    .append(" -> ")
                    .append(index + 1)
                    .append("\n");
        }
    }

    /**
     * Moodle lists a matching question's premises in the order written, so the right order would
     * give the answer away: the items sorted by their text, or reversed if that is the right order.
     */
    static List<Integer> shownOrder(List<String> items) {
        List<Integer> order = new ArrayList<>();
        for (int i = 0; i < items.size(); i++) {
            order.add(i);
        }
        List<Integer> sorted = new ArrayList<>(order);
        sorted.sort(
                Comparator.comparing((Integer i) -> AnswerText.normalise(items.get(i)))
                        .thenComparing(i -> i));
        if (sorted.equals(order)) {
            java.util.Collections.reverse(sorted);
        }
        return sorted;
    }

    private static void feedback(StringBuilder out, String html) {
        if (!html.isEmpty()) {
            out.append("#").append(escape(leading(html)));
        }
    }

    /**
     * An answer or a feedback starting with "[" would have its start read as a format, such as
     * {@code [html]}, and an answer starting with "%" as a weight: the first character goes as an
     * HTML entity.
     */
    private static String leading(String html) {
        if (html.startsWith("[")) {
            return "&#91;" + html.substring(1);
        }
        return html.startsWith("%") ? "&#37;" + html.substring(1) : html;
    }

    static String escape(String text) {
        return SYNTAX.matcher(text)
                .replaceAll("\\\\$1")
                .replace("\r\n", "\\n")
                .replace("\n", "\\n");
    }
}
