package fr.immunolearn.quiz;

import fr.immunolearn.course.Choice;
import fr.immunolearn.course.MatchPair;
import fr.immunolearn.course.OrderItem;
import fr.immunolearn.course.Question;
import fr.immunolearn.course.QuestionKind;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * Answers told in words, for reviews and reports: "Les infections ; Le cancer", "Vrai", "Cytokines
 * → Messagers". The result is plain text, always shown as text.
 */
public final class AnswerWording {

    private AnswerWording() {}

    /** The words for true and false, and what separates items, in the reader's language. */
    public record Words(
            String trueWord, String falseWord, String separator, String arrow, String nothing) {}

    public static String given(Question question, Answer answer, Words words) {
        QuestionKind kind = question.kind();
        if (answer instanceof Answer.Choices choices) {
            List<Choice> options = options(kind);
            return join(
                    choices.choiceIds().stream()
                            .map(
                                    id ->
                                            options.stream()
                                                    .filter(c -> c.id().equals(id))
                                                    .findFirst()
                                                    .map(Choice::text)
                                                    .orElse(id))
                            .toList(),
                    words);
        }
        if (answer instanceof Answer.TrueOrFalse value) {
            return value.value() ? words.trueWord() : words.falseWord();
        }
        if (answer instanceof Answer.Text text) {
            return text.text();
        }
        if (answer instanceof Answer.Matches matches
                && kind instanceof QuestionKind.Matching matching) {
            Map<String, MatchPair> pairs =
                    matching.pairs().stream().collect(Collectors.toMap(MatchPair::id, p -> p));
            return join(
                    matching.pairs().stream()
                            .map(
                                    p ->
                                            p.premise()
                                                    + " "
                                                    + words.arrow()
                                                    + " "
                                                    + Optional.ofNullable(
                                                                    matches.responseByPremise()
                                                                            .get(p.id()))
                                                            .map(pairs::get)
                                                            .map(MatchPair::response)
                                                            .orElse(words.nothing()))
                            .toList(),
                    words);
        }
        if (answer instanceof Answer.Sequence sequence
                && kind instanceof QuestionKind.Ordering ordering) {
            Map<String, String> texts =
                    ordering.items().stream()
                            .collect(Collectors.toMap(OrderItem::id, OrderItem::text));
            return numbered(
                    sequence.itemIds().stream().map(id -> texts.getOrDefault(id, id)).toList(),
                    words);
        }
        return words.nothing();
    }

    public static String correct(Question question, Words words) {
        QuestionKind kind = question.kind();
        if (kind instanceof QuestionKind.TrueFalse trueFalse) {
            return trueFalse.answer() ? words.trueWord() : words.falseWord();
        }
        if (kind instanceof QuestionKind.FillIn fillIn) {
            return fillIn.acceptedAnswers().get(0);
        }
        if (kind instanceof QuestionKind.Matching matching) {
            return join(
                    matching.pairs().stream()
                            .map(p -> p.premise() + " " + words.arrow() + " " + p.response())
                            .toList(),
                    words);
        }
        if (kind instanceof QuestionKind.Ordering ordering) {
            return numbered(ordering.items().stream().map(OrderItem::text).toList(), words);
        }
        return join(
                options(kind).stream().filter(Choice::correct).map(Choice::text).toList(), words);
    }

    private static List<Choice> options(QuestionKind kind) {
        if (kind instanceof QuestionKind.SingleChoice single) {
            return single.choices();
        }
        if (kind instanceof QuestionKind.MultipleResponse multiple) {
            return multiple.choices();
        }
        return List.of();
    }

    private static String join(List<String> parts, Words words) {
        return parts.isEmpty() ? words.nothing() : String.join(words.separator(), parts);
    }

    private static String numbered(List<String> parts, Words words) {
        StringBuilder text = new StringBuilder();
        for (int i = 0; i < parts.size(); i++) {
            if (i > 0) {
                text.append(words.separator());
            }
            text.append(i + 1).append(". ").append(parts.get(i));
        }
        return text.toString();
    }
}
