package fr.immunolearn.progress;

import fr.immunolearn.course.CourseEditions;
import fr.immunolearn.course.Lesson;
import fr.immunolearn.course.LessonBlock;
import fr.immunolearn.course.Passage;
import fr.immunolearn.progress.QuizRefusal.Reason;
import fr.immunolearn.storage.Transactions;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.Arrays;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;

/**
 * A learner's answers to a lesson's inline knowledge checks. An answer is stored before its verdict
 * is returned, so what the learner is shown is always what is kept; the lesson becomes read when
 * {@link CourseRules#lessonRead} says, in the same transaction. Checks are ungraded: only the last
 * answer is kept, and a learner may answer again.
 *
 * <p>Two tabs answering the same check at once: each writes a whole row (update, or insert when
 * there is none), and the table's key lets one insert through; the other, refused on the key, is
 * run again by {@link Transactions} and updates instead. The last answer wins, whole.
 */
@Service
public class LessonChecks {

    private final CourseEditions editions;
    private final JdbcClient jdbc;
    private final LessonProgressStore lessons;
    private final Transactions transactions;
    private final Clock clock;

    LessonChecks(
            CourseEditions editions,
            JdbcClient jdbc,
            LessonProgressStore lessons,
            Transactions transactions,
            Clock clock) {
        this.editions = editions;
        this.jdbc = jdbc;
        this.lessons = lessons;
        this.transactions = transactions;
        this.clock = clock;
    }

    /**
     * Judges and keeps an answer; the lesson is marked read when its checks say so.
     *
     * @throws QuizRefusal NOT_FOUND when the lesson has no such check
     * @throws IllegalArgumentException when the answer is refused by {@link
     *     CourseRules#checkVerdict}
     */
    public CheckAnswer answer(
            long accountId, String lessonId, String checkId, Collection<String> chosen) {
        Lesson lesson = lesson(lessonId);
        LessonBlock.Check check =
                checks(lesson).stream()
                        .filter(c -> c.id().equals(checkId))
                        .findFirst()
                        .orElseThrow(
                                () ->
                                        new QuizRefusal(
                                                Reason.NOT_FOUND,
                                                "no check " + checkId + " in " + lessonId));
        CourseRules.CheckVerdict verdict = CourseRules.checkVerdict(check, chosen);
        List<String> ordered =
                check.choices().stream()
                        .map(LessonBlock.CheckChoice::id)
                        .filter(chosen::contains)
                        .toList();
        CheckAnswer answer = new CheckAnswer(checkId, ordered, verdict);
        transactions.run(
                () -> {
                    Instant now = clock.instant();
                    store(accountId, lessonId, answer, now);
                    int answered = answers(accountId, lessonId).size();
                    if (CourseRules.lessonRead(false, answered, checks(lesson).size())) {
                        lessons.read(accountId, lessonId, now);
                    }
                });
        return answer;
    }

    /**
     * The learner's kept answers to the lesson's checks, by check id; checks no longer in the
     * lesson are left out.
     */
    public Map<String, CheckAnswer> answers(long accountId, String lessonId) {
        Set<String> current =
                Set.copyOf(checks(lesson(lessonId)).stream().map(LessonBlock.Check::id).toList());
        Map<String, CheckAnswer> answers = new LinkedHashMap<>();
        jdbc
                .sql(
                        "select check_id, choice_ids, verdict from lesson_check_answer"
                                + " where account_id = :account and lesson_id = :lesson order by check_id")
                .param("account", accountId)
                .param("lesson", lessonId)
                .query(
                        (rs, n) ->
                                new CheckAnswer(
                                        rs.getString(1),
                                        Arrays.stream(rs.getString(2).split(" "))
                                                .filter(s -> !s.isEmpty())
                                                .toList(),
                                        CourseRules.CheckVerdict.valueOf(rs.getString(3))))
                .list()
                .stream()
                .filter(a -> current.contains(a.checkId()))
                .forEach(a -> answers.put(a.checkId(), a));
        return answers;
    }

    private void store(long accountId, String lessonId, CheckAnswer answer, Instant at) {
        String choices = String.join(" ", answer.choiceIds());
        int updated =
                jdbc.sql(
                                "update lesson_check_answer set choice_ids = :choices, verdict = :verdict,"
                                        + " answered_at = :at, lesson_id = :lesson where account_id = :account and check_id = :check")
                        .param("choices", choices)
                        .param("verdict", answer.verdict().name())
                        .param("at", Timestamp.from(at))
                        .param("lesson", lessonId)
                        .param("account", accountId)
                        .param("check", answer.checkId())
                        .update();
        if (updated == 0) {
            jdbc.sql(
                            "insert into lesson_check_answer (account_id, check_id, lesson_id, choice_ids, verdict, answered_at)"
                                    + " values (:account, :check, :lesson, :choices, :verdict, :at)")
                    .param("account", accountId)
                    .param("check", answer.checkId())
                    .param("lesson", lessonId)
                    .param("choices", choices)
                    .param("verdict", answer.verdict().name())
                    .param("at", Timestamp.from(at))
                    .update();
        }
    }

    private Lesson lesson(String lessonId) {
        return editions.defaultEdition()
                .lesson(lessonId)
                .orElseThrow(() -> new QuizRefusal(Reason.NOT_FOUND, "no lesson " + lessonId));
    }

    private static List<LessonBlock.Check> checks(Lesson lesson) {
        return lesson.passages().stream().map(Passage::checks).flatMap(List::stream).toList();
    }
}
