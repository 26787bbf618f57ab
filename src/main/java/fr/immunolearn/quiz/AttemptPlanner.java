package fr.immunolearn.quiz;

import fr.immunolearn.course.Choice;
import fr.immunolearn.course.MatchPair;
import fr.immunolearn.course.OrderItem;
import fr.immunolearn.course.Question;
import fr.immunolearn.course.QuestionKind;
import fr.immunolearn.course.Quiz;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * Lays out an attempt from a seed: which questions a pool draw takes, their order and their
 * options' order. The same seed, quiz and attempt number always give the same layout, so a learner
 * who resumes sees exactly what they saw, and a retry gets a new layout.
 */
public final class AttemptPlanner {

    private AttemptPlanner() {}

    /**
     * @param groupOf the group each question belongs to (its lesson); a draw takes from every group
     *     in turn so that a final assessment covers the whole course
     * @param seed the learner's seed
     * @param attempt the attempt number, from 1
     */
    public static AttemptPlan plan(
            Quiz quiz, Function<Question, String> groupOf, String seed, int attempt) {
        SeededRandom random = new SeededRandom(seed + "|" + quiz.id() + "|" + attempt);
        List<Question> drawn = draw(quiz, groupOf, random);
        if (quiz.shuffleQuestions()) {
            random.shuffle(drawn);
        }
        Map<String, List<String>> options = new HashMap<>();
        for (Question question : drawn) {
            List<String> order = optionsInContentOrder(question.kind());
            if (order.isEmpty()) {
                continue;
            }
            List<String> shuffled = new ArrayList<>(order);
            if (question.kind() instanceof QuestionKind.Ordering) {
                random.shuffle(shuffled);
                if (shuffled.equals(order)) {
                    // Handing out the answer as the starting order would test nothing.
                    shuffled.add(shuffled.remove(0));
                }
            } else if (quiz.shuffleChoices()) {
                random.shuffle(shuffled);
            }
            options.put(question.id(), shuffled);
        }
        return new AttemptPlan(drawn.stream().map(Question::id).toList(), options);
    }

    private static List<Question> draw(
            Quiz quiz, Function<Question, String> groupOf, SeededRandom random) {
        List<Question> pool = quiz.questions();
        if (quiz.drawCount() >= pool.size()) {
            return new ArrayList<>(pool);
        }
        Map<String, List<Question>> groups = new LinkedHashMap<>();
        for (Question question : pool) {
            groups.computeIfAbsent(groupOf.apply(question), g -> new ArrayList<>()).add(question);
        }
        groups.values().forEach(random::shuffle);
        List<Question> drawn = new ArrayList<>();
        for (int round = 0; drawn.size() < quiz.drawCount(); round++) {
            for (List<Question> group : groups.values()) {
                if (round < group.size() && drawn.size() < quiz.drawCount()) {
                    drawn.add(group.get(round));
                }
            }
        }
        return drawn;
    }

    private static List<String> optionsInContentOrder(QuestionKind kind) {
        if (kind instanceof QuestionKind.SingleChoice single) {
            return single.choices().stream().map(Choice::id).toList();
        }
        if (kind instanceof QuestionKind.MultipleResponse multiple) {
            return multiple.choices().stream().map(Choice::id).toList();
        }
        if (kind instanceof QuestionKind.Matching matching) {
            return matching.pairs().stream().map(MatchPair::id).toList();
        }
        if (kind instanceof QuestionKind.Ordering ordering) {
            return ordering.items().stream().map(OrderItem::id).toList();
        }
        return List.of();
    }
}
