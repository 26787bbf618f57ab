package fr.immunolearn.progress;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

/** An attempt with the answers given so far, in the order of its questions. */
public record AttemptState(Attempt attempt, List<RecordedAnswer> answers) {

    public AttemptState {
        answers = List.copyOf(answers);
    }

    public Map<String, RecordedAnswer> answersByQuestion() {
        return answers.stream()
                .collect(Collectors.toMap(RecordedAnswer::questionId, Function.identity()));
    }

    public Optional<RecordedAnswer> answerTo(String questionId) {
        return answers.stream().filter(a -> a.questionId().equals(questionId)).findFirst();
    }

    /** The first question not answered yet: where the learner resumes. */
    public Optional<String> nextQuestionId() {
        Map<String, RecordedAnswer> given = answersByQuestion();
        return attempt.questionOrder().stream().filter(id -> !given.containsKey(id)).findFirst();
    }

    /** Time spent on the attempt: the time each answered question took. */
    public long timeSpentMs() {
        return answers.stream().mapToLong(RecordedAnswer::timeSpentMs).sum();
    }

    public boolean allAnswered() {
        return nextQuestionId().isEmpty();
    }

    public int questionCount() {
        return attempt.questionOrder().size();
    }

    /** The 1-based position of a question in the attempt. */
    public int positionOf(String questionId) {
        return attempt.questionOrder().indexOf(questionId) + 1;
    }
}
