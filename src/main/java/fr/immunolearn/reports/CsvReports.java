package fr.immunolearn.reports;

import com.fasterxml.jackson.dataformat.csv.CsvMapper;
import com.fasterxml.jackson.dataformat.csv.CsvSchema;
import fr.immunolearn.course.Course;
import fr.immunolearn.course.Quiz;
import fr.immunolearn.quiz.AnswerWording;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import org.springframework.stereotype.Service;

/**
 * The trainer's figures as CSV: UTF-8 with a byte-order mark, so Excel reads French accents
 * right, and commas or semicolons as the trainer's spreadsheet expects.
 */
@Service
public class CsvReports {

    private static final byte[] BOM = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};
    /** Quotes only the cells that need it, so the file stays readable in a text editor too. */
    private static final CsvMapper CSV = CsvMapper.builder()
            .enable(com.fasterxml.jackson.dataformat.csv.CsvGenerator.Feature.STRICT_CHECK_FOR_QUOTING).build();
    private static final DateTimeFormatter TIMESTAMP = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss")
            .withZone(ZoneOffset.UTC);

    private final LearnerReports learners;
    private final QuestionReports questions;

    CsvReports(LearnerReports learners, QuestionReports questions) {
        this.learners = learners;
        this.questions = questions;
    }

    /** Headings in the trainer's language, so the file reads without the app. */
    public record Headings(List<String> learner, List<String> question, String yes, String no) {
    }

    public byte[] learners(Course course, CsvStyle style, Headings headings) {
        List<String> header = new ArrayList<>(headings.learner().subList(0, 5));
        course.quizzes().forEach(quiz -> header.add(quiz.title()));
        header.addAll(headings.learner().subList(5, headings.learner().size()));
        List<List<String>> rows = new ArrayList<>();
        rows.add(header);
        for (LearnerRow row : learners.learners()) {
            List<String> values = new ArrayList<>(List.of(row.name(), row.email(), row.language(),
                    style.number((double) row.progressPercent()), row.completed() ? headings.yes() : headings.no()));
            for (Quiz quiz : course.quizzes()) {
                values.add(style.number(row.bestPercentByQuiz().get(quiz.id())));
            }
            values.add(row.finalPassed() ? headings.yes() : headings.no());
            values.add(Integer.toString(row.attempts()));
            values.add(style.number(Math.round(row.timeSpentMs() / 600.0) / 100.0));
            values.add(row.lastActivity() == null ? "" : TIMESTAMP.format(row.lastActivity()));
            rows.add(values);
        }
        return write(rows, style);
    }

    public byte[] questions(Course course, CsvStyle style, Headings headings, AnswerWording.Words words) {
        List<List<String>> rows = new ArrayList<>();
        rows.add(headings.question());
        for (QuestionStats stats : questions.questions(course, words)) {
            rows.add(List.of(course.quiz(stats.quizId()).map(Quiz::title).orElse(stats.quizId()), stats.questionId(),
                    stats.type(), stats.prompt(), Integer.toString(stats.learners()), Integer.toString(stats.answers()),
                    style.number(stats.firstTryRightPercent()), stats.commonWrongAnswer(),
                    Integer.toString(stats.commonWrongCount()), style.number(Math.round(stats.averageTimeMs() / 100.0) / 10.0),
                    stats.flagged() ? headings.yes() : headings.no()));
        }
        return write(rows, style);
    }

    /**
     * A cell a spreadsheet would take for a formula (a learner named "=HYPERLINK(…)") is written
     * as text: OWASP's advice against CSV injection.
     */
    static String safe(String cell) {
        return !cell.isEmpty() && "=+-@\t\r".indexOf(cell.charAt(0)) >= 0 ? "'" + cell : cell;
    }

    private static byte[] write(List<List<String>> rows, CsvStyle style) {
        rows = rows.stream().map(row -> row.stream().map(CsvReports::safe).toList()).toList();
        CsvSchema schema = CsvSchema.emptySchema().withColumnSeparator(style.separator()).withLineSeparator("\r\n");
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try {
            bytes.write(BOM);
            try (Writer writer = new OutputStreamWriter(bytes, StandardCharsets.UTF_8)) {
                CSV.writerFor(List.class).with(schema).writeValues(writer).writeAll(rows).close();
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return bytes.toByteArray();
    }
}
