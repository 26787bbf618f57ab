package fr.immunolearn.trainerui;

import fr.immunolearn.course.CourseEditions;
import fr.immunolearn.questionbank.BankFile;
import fr.immunolearn.questionbank.BankOptions;
import fr.immunolearn.questionbank.QuestionBank;
import fr.immunolearn.reports.CsvReports;
import fr.immunolearn.reports.CsvStyle;
import fr.immunolearn.shell.Routes;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Optional;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * Files trainers download, at stable addresses that Spring Security guards for the trainer role
 * (see {@code SecurityConfiguration}): the CSV reports and the question bank (Moodle XML, GIFT);
 * the SCORM package has its own {@link ScormDownloads}.
 */
@RestController
class TrainerDownloads {

    static final String PREFIX = "/" + Routes.TRAINER_DOWNLOADS;
    static final String LEARNERS_CSV = Routes.LEARNERS_CSV;
    static final String QUESTIONS_CSV = Routes.QUESTIONS_CSV;
    static final String QUESTION_BANK = Routes.QUESTION_BANK;

    private final CsvReports csv;
    private final CourseEditions editions;

    TrainerDownloads(CsvReports csv, CourseEditions editions) {
        this.csv = csv;
        this.editions = editions;
    }

    @GetMapping("/" + LEARNERS_CSV)
    ResponseEntity<byte[]> learners(
            @RequestParam(defaultValue = "comma") String style,
            @RequestParam(defaultValue = "fr") String lang) {
        String language = language(lang);
        TrainerTexts texts = new TrainerTexts(language);
        return file(
                csv.learners(editions.edition(language), style(style), texts.csvHeadings()),
                "apprenants.csv");
    }

    @GetMapping("/" + QUESTIONS_CSV)
    ResponseEntity<byte[]> questions(
            @RequestParam(defaultValue = "comma") String style,
            @RequestParam(defaultValue = "fr") String lang) {
        String language = language(lang);
        TrainerTexts texts = new TrainerTexts(language);
        return file(
                csv.questions(
                        editions.edition(language),
                        style(style),
                        texts.csvHeadings(),
                        texts.words()),
                "questions.csv");
    }

    /**
     * The question bank a trainer chose (see {@link ExportChoice#bankToken}), in the LMS's own quiz
     * format.
     */
    @GetMapping("/" + QUESTION_BANK + "{token}")
    ResponseEntity<byte[]> questionBank(@PathVariable String token) {
        Optional<BankOptions> options =
                ExportChoice.parseBank(token)
                        .filter(o -> editions.languages().contains(o.language()));
        if (options.isEmpty()) {
            return ResponseEntity.notFound().build();
        }
        BankFile bank;
        try {
            bank = QuestionBank.export(editions, options.get());
        } catch (IllegalArgumentException unknownQuiz) {
            return ResponseEntity.notFound().build();
        }
        return ResponseEntity.ok()
                .contentType(
                        MediaType.parseMediaType(
                                options.get().format().mediaType() + ";charset=UTF-8"))
                .header(
                        HttpHeaders.CONTENT_DISPOSITION,
                        ContentDisposition.attachment()
                                .filename(bank.fileName())
                                .build()
                                .toString())
                .header(HttpHeaders.CACHE_CONTROL, "no-store")
                .body(bank.bytes());
    }

    private String language(String requested) {
        return editions.languages().contains(requested) ? requested : editions.defaultLanguage();
    }

    private static CsvStyle style(String requested) {
        return "semicolon".equals(requested.toLowerCase(Locale.ROOT))
                ? CsvStyle.SEMICOLON
                : CsvStyle.COMMA;
    }

    private static ResponseEntity<byte[]> file(byte[] bytes, String name) {
        return ResponseEntity.ok()
                .contentType(new MediaType("text", "csv", StandardCharsets.UTF_8))
                .header(
                        HttpHeaders.CONTENT_DISPOSITION,
                        ContentDisposition.attachment().filename(name).build().toString())
                .header(HttpHeaders.CACHE_CONTROL, "no-store")
                .body(bytes);
    }
}
