package fr.immunolearn.progress;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * Each learner's last {@link Position}, one row per learner in typed columns. A save writes the
 * whole row in one statement, so two tabs saving at once leave one tab's position, never a mix of
 * both. The first save of a learner inserts; two tabs inserting at once make one insert fail on the
 * key, and {@link fr.immunolearn.storage.Transactions} (which every caller runs through) runs it
 * again, when the update finds the row.
 */
@Repository
public class PositionStore {

    private static final String LESSON = "LESSON";
    private static final String QUIZ = "QUIZ";
    private static final String RESULTS = "RESULTS";

    private final JdbcClient jdbc;

    PositionStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    void save(long accountId, Position position, Instant at) {
        Row row = Row.of(position);
        if (write(
                        "update learner_position set kind = :kind, lesson_id = :lesson, passage_id = :passage,"
                                + " quiz_id = :quiz, question = :question, saved_at = :at where account_id = :account",
                        accountId,
                        row,
                        at)
                == 0) {
            write(
                    "insert into learner_position (account_id, kind, lesson_id, passage_id, quiz_id, question, saved_at)"
                            + " values (:account, :kind, :lesson, :passage, :quiz, :question, :at)",
                    accountId,
                    row,
                    at);
        }
    }

    /** Where the learner left off, or empty before any activity. */
    public Optional<Position> of(long accountId) {
        return jdbc.sql(
                        "select kind, lesson_id, passage_id, quiz_id, question from learner_position"
                                + " where account_id = :account")
                .param("account", accountId)
                .query(PositionStore::position)
                .optional();
    }

    private int write(String sql, long accountId, Row row, Instant at) {
        return jdbc.sql(sql)
                .param("account", accountId)
                .param("kind", row.kind())
                .param("lesson", row.lessonId(), java.sql.Types.VARCHAR)
                .param("passage", row.passageId(), java.sql.Types.VARCHAR)
                .param("quiz", row.quizId(), java.sql.Types.VARCHAR)
                .param("question", row.question(), java.sql.Types.INTEGER)
                .param("at", Timestamp.from(at))
                .update();
    }

    private static Position position(ResultSet rs, int n) throws SQLException {
        String kind = rs.getString(1);
        return switch (kind) {
            case LESSON -> new Position.InLesson(rs.getString(2), rs.getString(3));
            case QUIZ -> new Position.InQuiz(rs.getString(4), rs.getInt(5));
            case RESULTS -> new Position.AtResults(rs.getString(4));
            default ->
                    throw new IllegalStateException(
                            "learner_position.kind " + kind + " is not known");
        };
    }

    private record Row(
            String kind, String lessonId, String passageId, String quizId, Integer question) {

        static Row of(Position position) {
            if (position instanceof Position.InLesson l) {
                return new Row(LESSON, l.lessonId(), l.passageId(), null, null);
            }
            if (position instanceof Position.InQuiz q) {
                return new Row(QUIZ, null, null, q.quizId(), q.question());
            }
            return new Row(RESULTS, null, null, ((Position.AtResults) position).quizId(), null);
        }
    }
}
