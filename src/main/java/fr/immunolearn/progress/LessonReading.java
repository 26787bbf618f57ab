package fr.immunolearn.progress;

import fr.immunolearn.course.CourseEditions;
import fr.immunolearn.progress.QuizRefusal.Reason;
import fr.immunolearn.storage.Transactions;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * A learner reading lessons: which were opened and read, the passage last in view, time spent. A
 * lesson's row is created by the first of these; two tabs creating it at once are settled by {@link
 * Transactions}.
 */
@Service
public class LessonReading {

    static final Duration LONGEST_COUNTED_VISIT = Duration.ofHours(1);

    private final CourseEditions editions;
    private final LessonProgressStore store;
    private final PositionStore positions;
    private final Transactions transactions;
    private final Clock clock;

    LessonReading(
            CourseEditions editions,
            LessonProgressStore store,
            PositionStore positions,
            Transactions transactions,
            Clock clock) {
        this.editions = editions;
        this.store = store;
        this.positions = positions;
        this.transactions = transactions;
        this.clock = clock;
    }

    public void opened(long accountId, String lessonId) {
        known(lessonId);
        transactions.run(
                () -> {
                    Instant now = clock.instant();
                    store.opened(accountId, lessonId, now);
                    positions.save(accountId, new Position.InLesson(lessonId, null), now);
                });
    }

    public void passageSeen(long accountId, String lessonId, String passageId) {
        boolean inLesson =
                editions.defaultEdition()
                        .passage(passageId)
                        .filter(p -> p.lesson().id().equals(lessonId))
                        .isPresent();
        if (!inLesson) {
            return;
        }
        transactions.run(
                () -> {
                    Instant now = clock.instant();
                    store.passageSeen(accountId, lessonId, passageId, now);
                    positions.save(accountId, new Position.InLesson(lessonId, passageId), now);
                });
    }

    /** The learner went on to the quiz: the lesson counts as read. */
    public void read(long accountId, String lessonId) {
        known(lessonId);
        transactions.run(() -> store.read(accountId, lessonId, clock.instant()));
    }

    @Transactional
    public void spent(long accountId, String lessonId, Duration time) {
        long ms = Math.min(Math.max(0, time.toMillis()), LONGEST_COUNTED_VISIT.toMillis());
        store.addTime(accountId, lessonId, ms);
    }

    private void known(String lessonId) {
        if (editions.defaultEdition().lesson(lessonId).isEmpty()) {
            throw new QuizRefusal(Reason.NOT_FOUND, "no lesson " + lessonId);
        }
    }
}
