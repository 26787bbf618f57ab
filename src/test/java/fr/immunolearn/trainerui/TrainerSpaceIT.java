package fr.immunolearn.trainerui;

import static org.assertj.core.api.Assertions.assertThat;

import fr.immunolearn.course.Course;
import fr.immunolearn.course.CourseEditions;
import fr.immunolearn.course.Question;
import fr.immunolearn.course.Quiz;
import fr.immunolearn.learnerui.LearnerSteps;
import fr.immunolearn.progress.Attempts;
import fr.immunolearn.progress.LessonReading;
import fr.immunolearn.security.Registration;
import fr.immunolearn.security.RegistrationForm;
import fr.immunolearn.testing.Accessibility;
import fr.immunolearn.testing.Browser;
import fr.immunolearn.testing.CourseJourneys;
import fr.immunolearn.testing.Csv;
import java.io.ByteArrayInputStream;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.ActiveProfiles;

/**
 * A trainer signs in and reads what three learners did (through their own journeys): the table with
 * the right figures, one learner in detail, the question statistics, the CSV files, and the SCORM
 * export of both editions with its preview. A database of its own, so every figure is exact.
 */
@SpringBootTest(
        webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties =
                "spring.datasource.url=jdbc:h2:mem:trainer-space;DB_CLOSE_DELAY=-1;DATABASE_TO_LOWER=TRUE")
@ActiveProfiles("test")
class TrainerSpaceIT {

    private static final String PASSWORD = "une phrase facile 42";
    private static final String TRAINER = "formatrice@example.org";
    private static final Path SCREENSHOTS = Path.of("target", "screenshots");

    @LocalServerPort int port;

    @Autowired Registration registration;

    @Autowired Attempts attempts;

    @Autowired LessonReading reading;

    @Autowired CourseEditions editions;

    private ChromeDriver browser;
    private Course course;
    private LearnerSteps steps;
    private static boolean learnersCreated;
    private static long struggling;
    private static Question missed;

    @BeforeEach
    void learnersAndTrainer() {
        course = editions.edition("fr");
        if (!learnersCreated) {
            registration.registerTrainer(
                    new RegistrationForm("Formatrice", TRAINER, PASSWORD, "fr"));
            CourseJourneys journeys = new CourseJourneys(course, attempts, reading);
            long finisher =
                    registration
                            .registerLearner(
                                    new RegistrationForm(
                                            "Ada Finisher", "ada@example.fr", PASSWORD, "fr"))
                            .id();
            journeys.passEveryLesson(finisher);
            journeys.take(finisher, course.finalAssessment(), Set.of());
            struggling =
                    registration
                            .registerLearner(
                                    new RegistrationForm(
                                            "Bruno Hésitant", "bruno@example.fr", PASSWORD, "fr"))
                            .id();
            Quiz first = course.lessons().get(0).quiz();
            List<String> order = attempts.open(struggling, first.id()).attempt().questionOrder();
            missed = first.question(order.get(0)).orElseThrow();
            journeys.take(struggling, first, Set.of(order.get(0), order.get(1)));
            registration.registerLearner(
                    new RegistrationForm(
                            "=cmd|' /C calc'!A0", "claire@example.fr", PASSWORD, "fr"));
            learnersCreated = true;
        }
        browser = Browser.start(1400, 1000);
        steps = new LearnerSteps(browser, base(), course);
        steps.signIn(TRAINER, PASSWORD);
    }

    @AfterEach
    void closeBrowser() {
        browser.quit();
    }

    private String base() {
        return "http://localhost:" + port;
    }

    private List<String> gridCells() {
        return steps.all("vaadin-grid-cell-content").stream()
                .map(WebElement::getText)
                .map(String::strip)
                .toList();
    }

    @Test
    void theTrainerSeesEachLearnerWithTheRightFigures() throws Exception {
        steps.open("formateur");
        steps.assertOn("Apprenants");
        assertThat(steps.all(".tile-value"))
                .extracting(WebElement::getText)
                .containsExactly("3", "1", "100 %");
        check("trainer learners");

        steps.find(".learner-filter input").sendKeys("bruno");
        Browser.waitUpTo(browser, java.time.Duration.ofSeconds(10))
                .until(d -> !gridCells().contains("Ada Finisher"));
        List<String> cells = new ArrayList<>(gridCells());
        assertThat(cells).contains("Bruno Hésitant", "bruno@example.fr", "0 %", "60 %", "non", "1");
        assertThat(cells).doesNotContain("Ada Finisher");
        screenshot("trainer-learners");

        steps.click("vaadin-grid-cell-content a");
        steps.assertOn("Bruno Hésitant");
        assertThat(steps.all(".detail-attempt")).hasSize(1);
        assertThat(steps.all(".detail-answer")).hasSize(course.lessons().get(0).quiz().drawCount());
        assertThat(steps.all(".detail-answer.wrong")).hasSize(2);
        check("trainer learner detail");
        screenshot("trainer-learner-detail");
    }

    @Test
    void theTrainerReadsWhichQuestionsFail() throws Exception {
        steps.open("formateur/questions");
        steps.assertOn("Questions");
        assertThat(steps.find("#distribution-chart").getTagName()).isEqualTo("svg");
        assertThat(steps.find("#success-chart").getTagName()).isEqualTo("svg");
        List<String> cells = gridCells();
        int at = cells.indexOf(missed.id());
        assertThat(at).isPositive();
        // Ada right at first try, Bruno wrong: 2 learners, 50 % right at first try.
        assertThat(cells.subList(at, at + 4))
                .extracting(LearnerSteps::normalise)
                .containsExactly(missed.id(), LearnerSteps.normalise(missed.prompt()), "2", "50 %");
        check("trainer questions");
        screenshot("trainer-questions");
    }

    @Test
    void theTrainerDownloadsTheResultsAsCsv() throws Exception {
        steps.open("formateur");
        String href = steps.find(".csv-learners").getAttribute("href");
        assertThat(href).contains("style=semicolon");
        HttpResponse<byte[]> learners =
                TrainerSteps.download(browser, base(), href.substring(href.indexOf("formateur")));
        assertThat(learners.statusCode()).isEqualTo(200);
        assertThat(learners.headers().firstValue("Content-Type").orElse("")).startsWith("text/csv");
        assertThat(learners.body()).startsWith(0xEF, 0xBB, 0xBF);
        List<List<String>> rows = Csv.rows(learners.body(), ';');
        assertThat(rows).hasSize(4);
        assertThat(rows.get(0))
                .startsWith("Nom", "Adresse e-mail", "Langue", "Progression", "Cours terminé");
        assertThat(rows)
                .anySatisfy(
                        row ->
                                assertThat(row)
                                        .startsWith(
                                                "Ada Finisher",
                                                "ada@example.fr",
                                                "fr",
                                                "100",
                                                "oui",
                                                "100"));
        assertThat(rows)
                .anySatisfy(
                        row ->
                                assertThat(row)
                                        .startsWith(
                                                "Bruno Hésitant",
                                                "bruno@example.fr",
                                                "fr",
                                                "0",
                                                "non",
                                                "60"));
        assertThat(rows).anySatisfy(row -> assertThat(row.get(0)).isEqualTo("'=cmd|' /C calc'!A0"));

        String questionsHref = steps.find(".csv-questions").getAttribute("href");
        HttpResponse<byte[]> questions =
                TrainerSteps.download(
                        browser,
                        base(),
                        questionsHref.substring(questionsHref.indexOf("formateur")));
        List<List<String>> questionRows = Csv.rows(questions.body(), ';');
        assertThat(questionRows).hasSize(1 + course.questions().size());
        assertThat(questionRows)
                .anySatisfy(row -> assertThat(row.subList(1, 2)).containsExactly(missed.id()));
        List<String> missedRow =
                questionRows.stream()
                        .filter(r -> r.get(1).equals(missed.id()))
                        .findFirst()
                        .orElseThrow();
        assertThat(missedRow.get(4)).isEqualTo("2");
        assertThat(missedRow.get(6)).isEqualTo("50");
    }

    @Test
    void theTrainerExportsBothScormEditionsAndPreviewsThem() throws Exception {
        for (String edition : List.of("SCORM 1.2", "SCORM 2004 4th Edition")) {
            steps.open("formateur/export");
            steps.assertOn("Export SCORM");
            if (edition.startsWith("SCORM 2004")) {
                steps.click("vaadin-select.edition-choice");
                steps.all("vaadin-select-item").stream()
                        .filter(i -> i.getText().equals(edition))
                        .findFirst()
                        .orElseThrow()
                        .click();
            }
            steps.find("vaadin-integer-field input").sendKeys("75");
            if (edition.startsWith("SCORM 2004")) {
                // A finished course then ends its attempt, for an LMS that should start a new one.
                steps.click("vaadin-checkbox.new-attempt-choice");
            }
            steps.click(".prepare-export");
            assertThat(steps.find(".export-sound").getText())
                    .contains("Toutes les vérifications sont passées");
            assertThat(steps.find(".package-size").getText()).startsWith("Taille :");
            assertThat(steps.all(".checks li.fail")).isEmpty();
            String href = steps.find(".download-scorm").getAttribute("href");
            HttpResponse<byte[]> zip =
                    TrainerSteps.download(
                            browser, base(), href.substring(href.indexOf("formateur")));
            assertThat(zip.statusCode()).isEqualTo(200);
            assertThat(zip.headers().firstValue("Content-Disposition").orElse(""))
                    .contains(edition.startsWith("SCORM 1.2") ? "scorm12.zip" : "scorm2004.zip");
            String manifest = manifestOf(zip.body());
            if (edition.startsWith("SCORM 1.2")) {
                assertThat(manifest)
                        .contains("<schemaversion>1.2</schemaversion>")
                        .contains("masteryscore>75<");
            } else {
                assertThat(manifest).contains("2004 4th Edition");
            }
            assertThat(entryOf(zip.body(), "course.js"))
                    .contains("\"newAttemptWhenFinished\":" + edition.startsWith("SCORM 2004"));
            assertThat(zip.body().length).isLessThan(100 * 1024);
            check("trainer export " + edition);
            screenshot("trainer-export-" + (edition.startsWith("SCORM 1.2") ? "12" : "2004"));

            browser.switchTo().frame(steps.find("iframe.preview-frame"));
            browser.switchTo().frame(steps.find("iframe#sco"));
            steps.find("h1");
            assertThat(browser.findElement(By.tagName("h1")).getText()).isEqualTo(course.title());
            browser.switchTo().defaultContent();
        }
    }

    @Test
    void theTrainerDownloadsTheQuestionBankInBothFormatsForTheQuizzesChosen() throws Exception {
        steps.open("formateur/export");
        steps.assertOn("Export SCORM");
        assertThat(steps.find(".question-bank h2").getText()).isEqualTo("Banque de questions");
        String xml = bankFile(".download-moodle-xml", "-moodle.xml", "application/xml");
        assertThat(xml).startsWith("<?xml").endsWith("</quiz>\n");
        assertThat(xml.split("<question type=\"(?!category)", -1))
                .hasSize(course.questions().size() + 1);
        String gift = bankFile(".download-gift", "-gift.txt", "text/plain");
        assertThat(gift.split("\n::", -1)).hasSize(course.questions().size() + 1);
        check("trainer export question bank");

        // Untick the first lesson's quiz: the files hold the others only.
        String before = steps.find(".download-gift").getAttribute("href");
        steps.all(".bank-quizzes vaadin-checkbox").get(0).click();
        steps.waitForVaadin();
        assertThat(steps.find(".download-gift").getAttribute("href")).isNotEqualTo(before);
        Quiz first = course.lessons().get(0).quiz();
        String fewer = bankFile(".download-gift", "-gift.txt", "text/plain");
        assertThat(fewer.split("\n::", -1))
                .hasSize(course.questions().size() - first.questions().size() + 1);
        assertThat(fewer).doesNotContain("::" + first.questions().get(0).id() + " ");
    }

    private String bankFile(String link, String fileNameEnd, String mediaType) throws Exception {
        String href = steps.find(link).getAttribute("href");
        HttpResponse<byte[]> file =
                TrainerSteps.download(browser, base(), href.substring(href.indexOf("formateur")));
        assertThat(file.statusCode()).isEqualTo(200);
        assertThat(file.headers().firstValue("Content-Disposition").orElse(""))
                .contains(fileNameEnd);
        assertThat(file.headers().firstValue("Content-Type").orElse("")).startsWith(mediaType);
        return new String(file.body(), StandardCharsets.UTF_8);
    }

    @Test
    void theTrainerSeesWhetherTheContentIsValid() throws Exception {
        steps.open("formateur/contenu");
        steps.assertOn("Vérification du contenu");
        assertThat(steps.find(".content-valid").getText())
                .contains("est valide : 2 éditions, 4 leçons, 45 questions");
        check("trainer content check");
    }

    private String manifestOf(byte[] zip) throws Exception {
        return entryOf(zip, "imsmanifest.xml");
    }

    private String entryOf(byte[] zip, String name) throws Exception {
        try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(zip))) {
            for (ZipEntry entry = in.getNextEntry(); entry != null; entry = in.getNextEntry()) {
                if (entry.getName().equals(name)) {
                    return new String(in.readAllBytes(), StandardCharsets.UTF_8);
                }
            }
        }
        throw new AssertionError("no " + name + " in the zip");
    }

    private void check(String page) {
        Accessibility.assertNoViolations(browser, page);
    }

    private void screenshot(String name) throws Exception {
        Files.createDirectories(SCREENSHOTS);
        Files.write(SCREENSHOTS.resolve(name + ".png"), browser.getScreenshotAs(OutputType.BYTES));
    }
}
