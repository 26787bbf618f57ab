package fr.immunolearn.quiz;

import fr.immunolearn.course.Choice;
import fr.immunolearn.course.CreditMode;
import fr.immunolearn.course.MatchPair;
import fr.immunolearn.course.OrderItem;
import fr.immunolearn.course.Question;
import fr.immunolearn.course.QuestionKind;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * How answers are marked and quizzes scored. Every rule here is also written down as data in the
 * scoring vectors ({@code scoring-vectors.json}), which both this class and the SCORM player pass.
 */
public final class ScoringRules {

    /** Longer typed answers are refused rather than stored. */
    public static final int MAX_TEXT_LENGTH = 200;

    private ScoringRules() {}

    /**
     * Marks one answer.
     *
     * @throws InvalidAnswerException when the answer does not fit the question: nothing given, the
     *     wrong shape, an option the question does not have, or two choices on a single choice
     */
    public static Mark mark(Question question, Answer answer) {
        QuestionKind kind = question.kind();
        if (kind instanceof QuestionKind.SingleChoice single) {
            Set<String> chosen = chosen(answer, single.choices());
            if (chosen.size() > 1) {
                throw new InvalidAnswerException(
                        InvalidAnswerException.Reason.TOO_MANY, "choose only one answer");
            }
            return single.choices().stream().anyMatch(c -> c.correct() && chosen.contains(c.id()))
                    ? Mark.RIGHT
                    : Mark.WRONG;
        }
        if (kind instanceof QuestionKind.MultipleResponse multiple) {
            return multipleResponse(multiple, chosen(answer, multiple.choices()));
        }
        if (kind instanceof QuestionKind.TrueFalse trueFalse) {
            if (!(answer instanceof Answer.TrueOrFalse given)) {
                throw wrongShape("true or false");
            }
            return given.value() == trueFalse.answer() ? Mark.RIGHT : Mark.WRONG;
        }
        if (kind instanceof QuestionKind.FillIn fillIn) {
            return fillIn(fillIn, answer);
        }
        if (kind instanceof QuestionKind.Matching matching) {
            return matching(matching, answer);
        }
        return ordering((QuestionKind.Ordering) kind, answer);
    }

    /**
     * The weighted score of marked answers against a pass mark (percent). Questions are summed in
     * the order given, as the player does, so both round the same way.
     */
    public static Score score(List<WeightedMark> marks, int passMark) {
        double earned = 0;
        double possible = 0;
        for (WeightedMark mark : marks) {
            earned += mark.weight() * mark.mark().credit();
            possible += mark.weight();
        }
        double percent = possible == 0 ? 0 : Math.round(earned / possible * 1000) / 10.0;
        return new Score(earned, possible, percent, percent >= passMark);
    }

    /** A question's weight and its answer's mark. */
    public record WeightedMark(double weight, Mark mark) {}

    private static Mark multipleResponse(
            QuestionKind.MultipleResponse question, Set<String> chosen) {
        long correctTotal = question.choices().stream().filter(Choice::correct).count();
        long correctChosen =
                question.choices().stream()
                        .filter(c -> c.correct() && chosen.contains(c.id()))
                        .count();
        long wrongChosen =
                question.choices().stream()
                        .filter(c -> !c.correct() && chosen.contains(c.id()))
                        .count();
        if (question.credit() == CreditMode.ALL_OR_NOTHING) {
            return correctChosen == correctTotal && wrongChosen == 0 ? Mark.RIGHT : Mark.WRONG;
        }
        // Each wrong choice cancels a right one, so ticking every box never earns credit.
        return new Mark(Math.max(0, (double) (correctChosen - wrongChosen) / correctTotal));
    }

    private static Mark fillIn(QuestionKind.FillIn question, Answer answer) {
        if (!(answer instanceof Answer.Text typed)) {
            throw wrongShape("text");
        }
        if (typed.text().length() > MAX_TEXT_LENGTH) {
            throw new InvalidAnswerException(
                    InvalidAnswerException.Reason.TOO_LONG,
                    "an answer has at most " + MAX_TEXT_LENGTH + " characters");
        }
        String given = AnswerText.normalise(typed.text());
        if (given.isEmpty()) {
            throw new InvalidAnswerException(InvalidAnswerException.Reason.EMPTY, "nothing typed");
        }
        return question.acceptedAnswers().stream()
                        .anyMatch(a -> AnswerText.normalise(a).equals(given))
                ? Mark.RIGHT
                : Mark.WRONG;
    }

    private static Mark matching(QuestionKind.Matching question, Answer answer) {
        if (!(answer instanceof Answer.Matches matches)) {
            throw wrongShape("matches");
        }
        Set<String> pairIds = new HashSet<>();
        question.pairs().forEach(p -> pairIds.add(p.id()));
        Map<String, String> given = matches.responseByPremise();
        if (given.isEmpty()) {
            throw new InvalidAnswerException(
                    InvalidAnswerException.Reason.EMPTY, "nothing matched");
        }
        for (Map.Entry<String, String> match : given.entrySet()) {
            if (!pairIds.contains(match.getKey()) || !pairIds.contains(match.getValue())) {
                throw new InvalidAnswerException(
                        InvalidAnswerException.Reason.UNKNOWN_OPTION,
                        "unknown premise or response: "
                                + match.getKey()
                                + " → "
                                + match.getValue());
            }
        }
        long right =
                question.pairs().stream()
                        .map(MatchPair::id)
                        .filter(id -> id.equals(given.get(id)))
                        .count();
        return credit(question.credit(), right, question.pairs().size());
    }

    private static Mark ordering(QuestionKind.Ordering question, Answer answer) {
        if (!(answer instanceof Answer.Sequence sequence)) {
            throw wrongShape("an order");
        }
        List<String> expected = question.items().stream().map(OrderItem::id).toList();
        List<String> given = sequence.itemIds();
        if (given.size() != expected.size()
                || !new HashSet<>(given).equals(new HashSet<>(expected))) {
            throw new InvalidAnswerException(
                    InvalidAnswerException.Reason.UNKNOWN_OPTION,
                    "the order must hold each item exactly once");
        }
        long right = 0;
        for (int i = 0; i < expected.size(); i++) {
            if (expected.get(i).equals(given.get(i))) {
                right++;
            }
        }
        return credit(question.credit(), right, expected.size());
    }

    private static Mark credit(CreditMode mode, long right, int total) {
        if (mode == CreditMode.ALL_OR_NOTHING) {
            return right == total ? Mark.RIGHT : Mark.WRONG;
        }
        return new Mark((double) right / total);
    }

    private static Set<String> chosen(Answer answer, List<Choice> choices) {
        if (!(answer instanceof Answer.Choices given)) {
            throw wrongShape("choices");
        }
        if (given.choiceIds().isEmpty()) {
            throw new InvalidAnswerException(InvalidAnswerException.Reason.EMPTY, "nothing chosen");
        }
        Set<String> known = new HashSet<>();
        choices.forEach(c -> known.add(c.id()));
        Set<String> chosen = new HashSet<>(given.choiceIds());
        for (String id : chosen) {
            if (!known.contains(id)) {
                throw new InvalidAnswerException(
                        InvalidAnswerException.Reason.UNKNOWN_OPTION, "unknown choice: " + id);
            }
        }
        return chosen;
    }

    private static InvalidAnswerException wrongShape(String expected) {
        return new InvalidAnswerException(
                InvalidAnswerException.Reason.WRONG_SHAPE, "expected " + expected);
    }
}
