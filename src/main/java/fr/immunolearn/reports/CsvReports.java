package fr.immunolearn.reports;

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
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.apache.commons.csv.QuoteMode;
import org.springframework.stereotype.Service;

/**
 * The trainer's figures as CSV: UTF-8 with a byte-order mark, so Excel reads French accents right,
 * and commas or semicolons as the trainer's spreadsheet expects.
 */
@Service
public class CsvReports {

    private static final byte[] BOM = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};

    /**
     * RFC 4180 as Excel reads it: quotes only the cells that need it (so the file stays readable in
     * a text editor too), and every cell holding a separator, a quote, a carriage return or a line
     * feed does need it. Jackson's strict quoting checks only the first character of the line
     * separator, so a lone line feed stayed bare and began a new row in the spreadsheet.
     */
    private static final CSVFormat CSV =
            CSVFormat.RFC4180
                    .builder()
                    .setRecordSeparator("\r\n")
                    .setQuoteMode(QuoteMode.MINIMAL)
                    .get();

    /** The characters OWASP lists as starting a formula in Excel, LibreOffice or Google Sheets. */
    private static final String FORMULA_STARTS = "=+-@\t\r";

    private static final DateTimeFormatter TIMESTAMP =
            DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss").withZone(ZoneOffset.UTC);

    private final LearnerReports learners;
    private final QuestionReports questions;

    CsvReports(LearnerReports learners, QuestionReports questions) {
        this.learners = learners;
        this.questions = questions;
    }

    /** Headings in the trainer's language, so the file reads without the app. */
    public record Headings(List<String> learner, List<String> question, String yes, String no) {}

    public byte[] learners(Course course, CsvStyle style, Headings headings) {
        List<String> header = new ArrayList<>(headings.learner().subList(0, 5));
        course.quizzes().forEach(quiz -> header.add(quiz.title()));
        header.addAll(headings.learner().subList(5, headings.learner().size()));
        List<List<String>> rows = new ArrayList<>();
        rows.add(header);
        for (LearnerRow row : learners.learners()) {
            List<String> values =
                    new ArrayList<>(
                            List.of(
                                    row.name(),
                                    row.email(),
                                    row.language(),
                                    style.number((double) row.progressPercent()),
                                    row.completed() ? headings.yes() : headings.no()));
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

    public byte[] questions(
            Course course, CsvStyle style, Headings headings, AnswerWording.Words words) {
        List<List<String>> rows = new ArrayList<>();
        rows.add(headings.question());
        for (QuestionStats stats : questions.questions(course, words)) {
            rows.add(
                    List.of(
                            course.quiz(stats.quizId()).map(Quiz::title).orElse(stats.quizId()),
                            stats.questionId(),
                            stats.type(),
                            stats.prompt(),
                            Integer.toString(stats.learners()),
                            Integer.toString(stats.answers()),
                            style.number(stats.firstTryRightPercent()),
                            stats.commonWrongAnswer(),
                            Integer.toString(stats.commonWrongCount()),
                            style.number(Math.round(stats.averageTimeMs() / 100.0) / 10.0),
                            stats.flagged() ? headings.yes() : headings.no()));
        }
        return write(rows, style);
    }

    /**
     * A cell a spreadsheet would take for a formula (a learner named "=HYPERLINK(…)") is written as
     * text, after OWASP's advice against CSV injection: with a leading apostrophe. Spreadsheets
     * skip spaces and line breaks before a formula, so what counts is the first character after
     * them ("\n=3+3" is a formula too); a tab or a carriage return there counts as a formula start
     * as well.
     */
    static String safe(String cell) {
        int first = 0;
        while (first < cell.length()
                && FORMULA_STARTS.indexOf(cell.charAt(first)) < 0
                && isBlank(cell.charAt(first))) {
            first++;
        }
        return first < cell.length() && FORMULA_STARTS.indexOf(cell.charAt(first)) >= 0
                ? "'" + cell
                : cell;
    }

    /** Spaces and line breaks of every kind, and invisible format characters such as U+200B. */
    private static boolean isBlank(char c) {
        return Character.isWhitespace(c)
                || Character.isSpaceChar(c)
                || Character.getType(c) == Character.FORMAT;
    }

    static byte[] write(List<List<String>> rows, CsvStyle style) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try {
            bytes.write(BOM);
            try (Writer writer = new OutputStreamWriter(bytes, StandardCharsets.UTF_8);
                    CSVPrinter printer =
                            new CSVPrinter(
                                    writer, CSV.builder().setDelimiter(style.separator()).get())) {
                for (List<String> row : rows) {
                    printer.printRecord(row.stream().map(CsvReports::safe));
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return bytes.toByteArray();
    }
}
