package fr.immunolearn.reports;

import fr.immunolearn.course.Choice;
import fr.immunolearn.course.Course;
import fr.immunolearn.course.Question;
import fr.immunolearn.course.QuestionKind;
import fr.immunolearn.course.Quiz;
import fr.immunolearn.progress.AnswerJson;
import fr.immunolearn.quiz.Answer;
import fr.immunolearn.quiz.AnswerWording;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Service;

/** Which questions fail, and with which wrong answer; how scores spread. For trainers only. */
@Service
public class QuestionReports {

    /** A question most learners get wrong at first try is flagged once this many have answered. */
    static final int LEARNERS_BEFORE_FLAGGING = 3;

    static final double FLAG_BELOW_PERCENT = 50;

    private final ReportQueries queries;

    QuestionReports(ReportQueries queries) {
        this.queries = queries;
    }

    /** Every question of the course in course order, with its figures (zeros before any answer). */
    public List<QuestionStats> questions(Course course, AnswerWording.Words words) {
        Map<String, ReportQueries.QuestionFigures> figures = new HashMap<>();
        queries.questions().forEach(f -> figures.put(f.questionId(), f));
        Map<String, Map<String, Integer>> wrong = wrongAnswers(course, words);
        List<QuestionStats> stats = new ArrayList<>();
        for (Quiz quiz : course.quizzes()) {
            for (Question question : quiz.questions()) {
                ReportQueries.QuestionFigures f = figures.get(question.id());
                Map.Entry<String, Integer> common =
                        wrong.getOrDefault(question.id(), Map.of()).entrySet().stream()
                                .max(
                                        Map.Entry.<String, Integer>comparingByValue()
                                                .thenComparing(Map.Entry.comparingByKey()))
                                .orElse(null);
                Double firstTry =
                        f == null || f.firstTotal() == 0
                                ? null
                                : Math.round(1000.0 * f.firstRight() / f.firstTotal()) / 10.0;
                boolean flagged =
                        f != null
                                && f.learners() >= LEARNERS_BEFORE_FLAGGING
                                && firstTry != null
                                && firstTry < FLAG_BELOW_PERCENT;
                stats.add(
                        new QuestionStats(
                                question.id(),
                                quiz.id(),
                                question.prompt(),
                                question.type().key(),
                                f == null ? 0 : f.learners(),
                                f == null ? 0 : f.firstRight(),
                                f == null ? 0 : f.answers(),
                                firstTry,
                                common == null ? "" : common.getKey(),
                                common == null ? 0 : common.getValue(),
                                f == null ? 0 : Math.round(f.averageMs()),
                                flagged));
            }
        }
        return stats;
    }

    /** The learners' best scores at a quiz, in ten buckets (0–9, 10–19, …, 90–100). */
    public List<ScoreBucket> distribution(String quizId) {
        int[] counts = new int[10];
        queries.bestScores().stream()
                .filter(s -> s.quizId().equals(quizId))
                .forEach(s -> counts[Math.min(9, (int) Math.floor(s.percent() / 10))]++);
        List<ScoreBucket> buckets = new ArrayList<>();
        for (int i = 0; i < 10; i++) {
            buckets.add(new ScoreBucket(i * 10, i == 9 ? 100 : i * 10 + 9, counts[i]));
        }
        return buckets;
    }

    /**
     * Wrong answers by question, in words. For choice questions each wrong choice picked counts on
     * its own, so the distractor that misleads most stands out even inside different combinations.
     */
    private Map<String, Map<String, Integer>> wrongAnswers(
            Course course, AnswerWording.Words words) {
        Map<String, Map<String, Integer>> byQuestion = new HashMap<>();
        for (ReportQueries.WrongResponse response : queries.wrongResponses()) {
            Question question = course.question(response.questionId()).orElse(null);
            if (question == null) {
                continue;
            }
            Map<String, Integer> counts =
                    byQuestion.computeIfAbsent(question.id(), id -> new HashMap<>());
            Answer answer = AnswerJson.read(response.response());
            List<Choice> choices =
                    question.kind() instanceof QuestionKind.SingleChoice s
                            ? s.choices()
                            : question.kind() instanceof QuestionKind.MultipleResponse m
                                    ? m.choices()
                                    : List.of();
            if (answer instanceof Answer.Choices chosen && !choices.isEmpty()) {
                choices.stream()
                        .filter(c -> !c.correct() && chosen.choiceIds().contains(c.id()))
                        .forEach(c -> counts.merge(c.text(), response.count(), Integer::sum));
                if (chosen.choiceIds().stream()
                        .allMatch(
                                id ->
                                        choices.stream()
                                                .anyMatch(c -> c.id().equals(id) && c.correct()))) {
                    counts.merge(
                            AnswerWording.given(question, answer, words),
                            response.count(),
                            Integer::sum);
                }
            } else {
                counts.merge(
                        AnswerWording.given(question, answer, words),
                        response.count(),
                        Integer::sum);
            }
        }
        return byQuestion;
    }
}
