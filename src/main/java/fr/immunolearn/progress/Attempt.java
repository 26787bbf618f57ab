package fr.immunolearn.progress;

import java.time.Instant;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.data.annotation.Id;
import org.springframework.data.relational.core.mapping.Table;

/**
 * One go at a quiz, with the layout the learner sees, kept as it was drawn.
 *
 * @param questionIds the questions in the order shown, comma separated
 * @param optionOrders each question's option order, as {@code question:opt,opt;question:opt,…}
 * @param finishedAt null while the attempt is open
 *     <p>Time spent is not kept here: it is the sum of the answers' times ({@link
 *     AttemptState#timeSpentMs()}).
 */
@Table("attempt")
public record Attempt(
        @Id Long id,
        long accountId,
        String quizId,
        int number,
        String questionIds,
        String optionOrders,
        Instant startedAt,
        Instant finishedAt,
        Double earned,
        Double possible,
        Double percent,
        Boolean passed) {

    public Attempt withId(Long newId) {
        return new Attempt(
                newId,
                accountId,
                quizId,
                number,
                questionIds,
                optionOrders,
                startedAt,
                finishedAt,
                earned,
                possible,
                percent,
                passed);
    }

    public boolean isFinished() {
        return finishedAt != null;
    }

    public boolean hasPassed() {
        return Boolean.TRUE.equals(passed);
    }

    public List<String> questionOrder() {
        return questionIds.isEmpty() ? List.of() : List.of(questionIds.split(","));
    }

    public Map<String, List<String>> optionOrder() {
        Map<String, List<String>> orders = new LinkedHashMap<>();
        if (!optionOrders.isEmpty()) {
            for (String entry : optionOrders.split(";")) {
                int colon = entry.indexOf(':');
                orders.put(
                        entry.substring(0, colon),
                        Arrays.asList(entry.substring(colon + 1).split(",")));
            }
        }
        return orders;
    }

    static String encodeOptions(Map<String, List<String>> orders) {
        StringBuilder encoded = new StringBuilder();
        orders.forEach(
                (question, options) -> {
                    if (encoded.length() > 0) {
                        encoded.append(';');
                    }
                    encoded.append(question).append(':').append(String.join(",", options));
                });
        return encoded.toString();
    }
}
