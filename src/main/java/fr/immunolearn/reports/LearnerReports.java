package fr.immunolearn.reports;

import fr.immunolearn.course.CourseEditions;
import fr.immunolearn.progress.Attempt;
import fr.immunolearn.progress.AttemptState;
import fr.immunolearn.progress.Attempts;
import fr.immunolearn.progress.CourseProgress;
import fr.immunolearn.progress.LearnerOverview;
import fr.immunolearn.progress.LessonProgress;
import fr.immunolearn.security.Account;
import fr.immunolearn.security.AccountRepository;
import fr.immunolearn.security.Role;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.stereotype.Service;

/** Who learned what: a row per learner, and one learner in full. For trainers only. */
@Service
public class LearnerReports {

    private final ReportQueries queries;
    private final CourseEditions editions;
    private final AccountRepository accounts;
    private final Attempts attempts;
    private final LearnerOverview overview;

    LearnerReports(
            ReportQueries queries,
            CourseEditions editions,
            AccountRepository accounts,
            Attempts attempts,
            LearnerOverview overview) {
        this.queries = queries;
        this.editions = editions;
        this.accounts = accounts;
        this.attempts = attempts;
        this.overview = overview;
    }

    public List<LearnerRow> learners() {
        Map<Long, Map<String, ReportQueries.BestScore>> best = new HashMap<>();
        for (ReportQueries.BestScore score : queries.bestScores()) {
            best.computeIfAbsent(score.accountId(), id -> new HashMap<>())
                    .put(score.quizId(), score);
        }
        String finalId = editions.defaultEdition().finalAssessment().id();
        Map<Long, CourseProgress> progressById = overview.progressOfAll();
        CourseProgress nothingDone = overview.nothingDone();
        List<LearnerRow> rows = new ArrayList<>();
        for (ReportQueries.LearnerFigures learner : queries.learners()) {
            Map<String, ReportQueries.BestScore> scores = best.getOrDefault(learner.id(), Map.of());
            Map<String, Double> percents = new HashMap<>();
            scores.forEach((quiz, score) -> percents.put(quiz, score.percent()));
            CourseProgress progress = progressById.getOrDefault(learner.id(), nothingDone);
            ReportQueries.BestScore finalScore = scores.get(finalId);
            rows.add(
                    new LearnerRow(
                            learner.id(),
                            learner.name(),
                            learner.email(),
                            learner.language(),
                            progress.percent(),
                            progress.completed(),
                            percents,
                            finalScore == null ? null : finalScore.percent(),
                            finalScore != null && finalScore.passed(),
                            learner.attempts(),
                            learner.lessonMs() + learner.quizMs(),
                            learner.lastActiveAt()));
        }
        return rows;
    }

    /** A learner with every attempt and answer; empty for an id that is not a learner's. */
    public Optional<LearnerDetail> learner(long accountId) {
        Optional<Account> account =
                accounts.findById(accountId).filter(a -> a.role() == Role.LEARNER);
        return account.map(
                a -> {
                    List<AttemptState> states = new ArrayList<>();
                    for (Attempt attempt : attempts.all(accountId)) {
                        states.add(attempts.state(accountId, attempt.id()));
                    }
                    return new LearnerDetail(
                            a,
                            overview.progress(accountId),
                            overview.lessonVisits(accountId),
                            states);
                });
    }

    /** One learner in full, for the trainer's detail page. */
    public record LearnerDetail(
            Account account,
            CourseProgress progress,
            List<LessonProgress> lessons,
            List<AttemptState> attempts) {}
}
