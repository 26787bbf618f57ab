package fr.immunolearn.progress;

import fr.immunolearn.course.CourseEditions;
import fr.immunolearn.security.AccountRepository;
import java.util.List;
import java.util.Optional;
import org.springframework.stereotype.Service;

/** The course home's figures for one learner, and where "Reprendre" leads. */
@Service
public class LearnerOverview {

    private final CourseEditions editions;
    private final LessonProgressStore lessons;
    private final AttemptRepository attempts;
    private final AccountRepository accounts;

    LearnerOverview(CourseEditions editions, LessonProgressStore lessons, AttemptRepository attempts,
            AccountRepository accounts) {
        this.editions = editions;
        this.lessons = lessons;
        this.attempts = attempts;
        this.accounts = accounts;
    }

    public CourseProgress progress(long accountId) {
        return ProgressRules.evaluate(editions.defaultEdition(), lessons.of(accountId),
                attempts.findByAccountIdOrderByQuizIdAscNumberAsc(accountId));
    }

    public List<LessonProgress> lessonVisits(long accountId) {
        return lessons.of(accountId);
    }

    /** The route where the learner left off, or empty before any activity. */
    public Optional<String> resumeLocation(long accountId) {
        return accounts.findById(accountId).map(a -> a.resumeLocation());
    }
}
