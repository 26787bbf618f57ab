package fr.immunolearn.progress;

import fr.immunolearn.course.CourseEditions;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import org.springframework.stereotype.Service;

/** The course home's figures for one learner, and where "Reprendre" leads. */
@Service
public class LearnerOverview {

    private final CourseEditions editions;
    private final LessonProgressStore lessons;
    private final AttemptRepository attempts;
    private final PositionStore positions;

    LearnerOverview(
            CourseEditions editions,
            LessonProgressStore lessons,
            AttemptRepository attempts,
            PositionStore positions) {
        this.editions = editions;
        this.lessons = lessons;
        this.attempts = attempts;
        this.positions = positions;
    }

    public CourseProgress progress(long accountId) {
        return ProgressRules.evaluate(
                editions.defaultEdition(),
                lessons.of(accountId),
                attempts.findByAccountIdOrderByQuizIdAscNumberAsc(accountId));
    }

    /**
     * Every account's progress, from two queries whatever the number of learners: a trainer's table
     * must not ask the database twice per learner.
     */
    public Map<Long, CourseProgress> progressOfAll() {
        Map<Long, List<LessonProgress>> visits =
                lessons.all().stream().collect(Collectors.groupingBy(LessonProgress::accountId));
        Map<Long, List<Attempt>> tries =
                attempts.findAll().stream()
                        .sorted(
                                Comparator.comparing(Attempt::quizId)
                                        .thenComparingInt(Attempt::number))
                        .collect(Collectors.groupingBy(Attempt::accountId));
        Map<Long, CourseProgress> progress = new HashMap<>();
        java.util.Set<Long> accountIds = new java.util.HashSet<>(visits.keySet());
        accountIds.addAll(tries.keySet());
        for (Long id : accountIds) {
            progress.put(
                    id,
                    ProgressRules.evaluate(
                            editions.defaultEdition(),
                            visits.getOrDefault(id, List.of()),
                            tries.getOrDefault(id, List.of())));
        }
        return progress;
    }

    /** The progress of a learner who has done nothing yet. */
    public CourseProgress nothingDone() {
        return ProgressRules.evaluate(editions.defaultEdition(), List.of(), List.of());
    }

    public List<LessonProgress> lessonVisits(long accountId) {
        return lessons.of(accountId);
    }

    /**
     * Where "Reprendre" leads, by {@link CourseRules#resume}: empty before any activity
     * ("Commencer").
     */
    public Optional<Position> resume(long accountId) {
        Optional<Position> last = positions.of(accountId);
        if (last.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(
                CourseRules.resume(
                        CourseState.of(
                                editions.defaultEdition(),
                                lessons.of(accountId),
                                attempts.findByAccountIdOrderByQuizIdAscNumberAsc(accountId)),
                        last));
    }

    /** Where the learner left off, or empty before any activity. */
    public Optional<Position> position(long accountId) {
        return positions.of(accountId);
    }
}
