package fr.immunolearn.progress;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * Lesson progress, one row per learner and lesson. Written with plain SQL: the key is composite,
 * and "insert unless present" has to work the same on H2 and PostgreSQL. Two sessions inserting the
 * same row at once: the second insert fails on the key and fails its transaction (PostgreSQL takes
 * no further statement in it), so the callers run through {@link
 * fr.immunolearn.storage.Transactions}, which runs them again: the update then finds the row.
 */
@Repository
class LessonProgressStore {

    private final JdbcClient jdbc;

    LessonProgressStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    void opened(long accountId, String lessonId, Instant at) {
        upsert(
                accountId,
                lessonId,
                at,
                "update lesson_progress set last_active_at = :at"
                        + " where account_id = :account and lesson_id = :lesson",
                null);
    }

    void passageSeen(long accountId, String lessonId, String passageId, Instant at) {
        upsert(
                accountId,
                lessonId,
                at,
                "update lesson_progress set last_passage_id = :passage, last_active_at = :at"
                        + " where account_id = :account and lesson_id = :lesson",
                passageId);
    }

    void read(long accountId, String lessonId, Instant at) {
        upsert(
                accountId,
                lessonId,
                at,
                "update lesson_progress set read_at = coalesce(read_at, :at),"
                        + " last_active_at = :at where account_id = :account and lesson_id = :lesson",
                null);
    }

    void addTime(long accountId, String lessonId, long ms) {
        jdbc.sql(
                        "update lesson_progress set time_spent_ms = time_spent_ms + :ms"
                                + " where account_id = :account and lesson_id = :lesson")
                .param("ms", ms)
                .param("account", accountId)
                .param("lesson", lessonId)
                .update();
    }

    private static final String COLUMNS =
            "select account_id, lesson_id, opened_at, read_at, last_passage_id,"
                    + " time_spent_ms, last_active_at from lesson_progress";

    List<LessonProgress> of(long accountId) {
        return jdbc.sql(COLUMNS + " where account_id = :account")
                .param("account", accountId)
                .query(LessonProgressStore::row)
                .list();
    }

    /** Every learner's lesson progress in one query, for reports over all learners. */
    List<LessonProgress> all() {
        return jdbc.sql(COLUMNS).query(LessonProgressStore::row).list();
    }

    private static LessonProgress row(java.sql.ResultSet rs, int n) throws java.sql.SQLException {
        return new LessonProgress(
                rs.getLong(1),
                rs.getString(2),
                instant(rs.getTimestamp(3)),
                instant(rs.getTimestamp(4)),
                rs.getString(5),
                rs.getLong(6),
                instant(rs.getTimestamp(7)));
    }

    private void upsert(
            long accountId, String lessonId, Instant at, String update, String passageId) {
        if (run(update, accountId, lessonId, at, passageId) > 0) {
            return;
        }
        jdbc.sql(
                        "insert into lesson_progress (account_id, lesson_id, opened_at, last_active_at, time_spent_ms)"
                                + " values (:account, :lesson, :at, :at, 0)")
                .param("account", accountId)
                .param("lesson", lessonId)
                .param("at", Timestamp.from(at))
                .update();
        run(update, accountId, lessonId, at, passageId);
    }

    private int run(String update, long accountId, String lessonId, Instant at, String passageId) {
        JdbcClient.StatementSpec statement =
                jdbc.sql(update)
                        .param("account", accountId)
                        .param("lesson", lessonId)
                        .param("at", Timestamp.from(at));
        if (passageId != null) {
            statement = statement.param("passage", passageId);
        }
        return statement.update();
    }

    private static Instant instant(Timestamp timestamp) {
        return timestamp == null ? null : timestamp.toInstant();
    }
}
