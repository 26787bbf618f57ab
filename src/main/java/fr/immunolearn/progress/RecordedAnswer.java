package fr.immunolearn.progress;

import java.time.Instant;
import org.springframework.data.annotation.Id;
import org.springframework.data.relational.core.mapping.Table;

/**
 * An answer as stored: what the learner gave (JSON), its mark, when and how long it took.
 *
 * @param position where the question stood in the attempt, from 0
 */
@Table("answer")
public record RecordedAnswer(
        @Id Long id,
        long attemptId,
        String questionId,
        int position,
        String response,
        double credit,
        boolean correct,
        Instant answeredAt,
        long timeSpentMs) {

    public RecordedAnswer withId(Long newId) {
        return new RecordedAnswer(
                newId,
                attemptId,
                questionId,
                position,
                response,
                credit,
                correct,
                answeredAt,
                timeSpentMs);
    }
}
