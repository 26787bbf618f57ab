package fr.immunolearn.reports;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The figures reports are made of, read with plain SQL that runs on H2 and PostgreSQL alike.
 * Aggregates are computed by the database, so a report reads a row per learner or per question, not
 * every answer ever given.
 */
@Repository
class ReportQueries {

    private final JdbcClient jdbc;

    ReportQueries(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    record LearnerFigures(
            long id,
            String name,
            String email,
            String language,
            Instant createdAt,
            Instant lastActiveAt,
            long lessonMs,
            long quizMs,
            int attempts) {}

    record BestScore(long accountId, String quizId, double percent, boolean passed) {}

    record QuestionFigures(
            String questionId,
            int learners,
            int answers,
            int firstRight,
            int firstTotal,
            double averageMs) {}

    record WrongResponse(String questionId, String response, int count) {}

    List<LearnerFigures> learners() {
        return jdbc.sql(
                        """
                select c.id, c.display_name, c.email, c.language, c.created_at, c.last_active_at,
                       coalesce((select sum(l.time_spent_ms) from lesson_progress l where l.account_id = c.id), 0),
                       coalesce((select sum(a.time_spent_ms) from answer a join attempt t on t.id = a.attempt_id
                                 where t.account_id = c.id), 0),
                       (select count(*) from attempt t where t.account_id = c.id),
                       greatest(coalesce((select max(l.last_active_at) from lesson_progress l where l.account_id = c.id),
                                         c.created_at),
                                coalesce((select max(a.answered_at) from answer a join attempt t on t.id = a.attempt_id
                                          where t.account_id = c.id), c.created_at))
                from account c where c.role = 'LEARNER' order by c.display_name, c.id""")
                .query(
                        (rs, n) ->
                                new LearnerFigures(
                                        rs.getLong(1),
                                        rs.getString(2),
                                        rs.getString(3),
                                        rs.getString(4),
                                        instant(rs.getTimestamp(5)),
                                        latest(
                                                instant(rs.getTimestamp(6)),
                                                instant(rs.getTimestamp(10))),
                                        rs.getLong(7),
                                        rs.getLong(8),
                                        rs.getInt(9)))
                .list();
    }

    List<BestScore> bestScores() {
        return jdbc.sql(
                        """
                select t.account_id, t.quiz_id, max(t.percent), max(case when t.passed then 1 else 0 end)
                from attempt t join account c on c.id = t.account_id
                where c.role = 'LEARNER' and t.finished_at is not null
                group by t.account_id, t.quiz_id""")
                .query(
                        (rs, n) ->
                                new BestScore(
                                        rs.getLong(1),
                                        rs.getString(2),
                                        rs.getDouble(3),
                                        rs.getInt(4) == 1))
                .list();
    }

    List<QuestionFigures> questions() {
        return jdbc.sql(
                        """
                select question_id, count(distinct account_id), count(*),
                       sum(case when rn = 1 and correct then 1 else 0 end),
                       sum(case when rn = 1 then 1 else 0 end), avg(time_spent_ms)
                from (select a.question_id, t.account_id, a.correct, a.time_spent_ms,
                             row_number() over (partition by t.account_id, a.question_id
                                                order by a.answered_at, a.id) as rn
                      from answer a join attempt t on t.id = a.attempt_id join account c on c.id = t.account_id
                      where c.role = 'LEARNER') firsts
                group by question_id""")
                .query(
                        (rs, n) ->
                                new QuestionFigures(
                                        rs.getString(1),
                                        rs.getInt(2),
                                        rs.getInt(3),
                                        rs.getInt(4),
                                        rs.getInt(5),
                                        rs.getDouble(6)))
                .list();
    }

    List<WrongResponse> wrongResponses() {
        return jdbc.sql(
                        """
                select a.question_id, a.response, count(*)
                from answer a join attempt t on t.id = a.attempt_id join account c on c.id = t.account_id
                where c.role = 'LEARNER' and a.correct = false
                group by a.question_id, a.response""")
                .query((rs, n) -> new WrongResponse(rs.getString(1), rs.getString(2), rs.getInt(3)))
                .list();
    }

    private static Instant latest(Instant a, Instant b) {
        return a == null ? b : b == null || a.isAfter(b) ? a : b;
    }

    private static Instant instant(Timestamp timestamp) {
        return timestamp == null ? null : timestamp.toInstant();
    }
}
