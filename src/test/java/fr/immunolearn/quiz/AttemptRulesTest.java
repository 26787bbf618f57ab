package fr.immunolearn.quiz;

import static org.assertj.core.api.Assertions.assertThat;

import fr.immunolearn.course.Quiz;
import java.util.List;
import org.junit.jupiter.api.Test;

class AttemptRulesTest {

    private static Quiz quizWithAttempts(int maxAttempts) {
        return new Quiz("q", "lesson", "Quiz", 80, maxAttempts, 0, true, true, List.of());
    }

    @Test
    void aLearnerMayStartAttemptsUpToTheLimit() {
        Quiz quiz = quizWithAttempts(3);
        assertThat(AttemptRules.mayStartAnother(quiz, 0)).isTrue();
        assertThat(AttemptRules.mayStartAnother(quiz, 2)).isTrue();
        assertThat(AttemptRules.mayStartAnother(quiz, 3)).isFalse();
        assertThat(AttemptRules.attemptsLeft(quiz, 1)).isEqualTo(2);
        assertThat(AttemptRules.attemptsLeft(quiz, 5)).isZero();
    }

    @Test
    void zeroMeansNoLimit() {
        Quiz quiz = quizWithAttempts(0);
        assertThat(AttemptRules.mayStartAnother(quiz, 1000)).isTrue();
        assertThat(AttemptRules.attemptsLeft(quiz, 1000)).isEqualTo(-1);
    }
}
