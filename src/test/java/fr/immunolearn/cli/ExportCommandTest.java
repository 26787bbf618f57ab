package fr.immunolearn.cli;

import static org.assertj.core.api.Assertions.assertThat;

import fr.immunolearn.testing.TestContent;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.zip.ZipFile;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * {@code java -jar immunolearn.jar export ...}: good options write a package; each bad option is
 * refused with what was wrong, a non-zero exit, and no file written.
 */
class ExportCommandTest {

    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final ByteArrayOutputStream err = new ByteArrayOutputStream();

    @TempDir Path dir;

    private Optional<Integer> run(String... args) {
        List<String> all = new ArrayList<>(List.of("export"));
        all.addAll(List.of(args));
        return Commands.run(
                all.toArray(String[]::new),
                new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8));
    }

    private String content() {
        return TestContent.folder().toString();
    }

    private String errors() {
        return err.toString(StandardCharsets.UTF_8);
    }

    @Test
    void goodOptionsWriteAPackageAndSayWhatItIs() throws IOException {
        Path zip = dir.resolve("cours.zip");
        assertThat(
                        run(
                                "--format",
                                "scorm12",
                                "--lang",
                                "en",
                                "--pass-mark",
                                "70",
                                "--attempts",
                                "2",
                                "--no-randomise",
                                "--content",
                                content(),
                                "--out",
                                zip.toString()))
                .contains(0);
        assertThat(out.toString(StandardCharsets.UTF_8))
                .contains("wrote " + zip + ": SCORM 1.2, en, ")
                .contains("ok   the mastery score is the pass mark: 70");
        try (ZipFile file = new ZipFile(zip.toFile())) {
            assertThat(file.getEntry("imsmanifest.xml")).isNotNull();
            String course =
                    new String(
                            file.getInputStream(file.getEntry("course.js")).readAllBytes(),
                            StandardCharsets.US_ASCII);
            assertThat(course)
                    .contains(
                            "\"language\":\"en\"",
                            "\"passMark\":70",
                            "\"maxAttempts\":2",
                            "\"shuffleChoices\":false");
        }
        try (var files = Files.list(dir)) {
            assertThat(files.map(p -> p.getFileName().toString())).containsExactly("cours.zip");
        }
    }

    @Test
    void aFinishedCourseStartsANewAttemptOnlyWhenTheFlagAsks() throws Exception {
        Path zip = dir.resolve("n.zip");
        assertThat(
                        ExportCommand.Request.parse(
                                        List.of("--format", "scorm2004", "--out", zip.toString()))
                                .scorm()
                                .newAttemptWhenFinished())
                .isFalse();
        assertThat(
                        ExportCommand.Request.parse(
                                        List.of(
                                                "--format",
                                                "scorm2004",
                                                "--new-attempt-when-finished",
                                                "--out",
                                                zip.toString()))
                                .scorm()
                                .newAttemptWhenFinished())
                .isTrue();
        assertThat(
                        run(
                                "--format",
                                "scorm2004",
                                "--new-attempt-when-finished",
                                "--content",
                                content(),
                                "--out",
                                zip.toString()))
                .contains(0);
        assertThat(out.toString(StandardCharsets.UTF_8)).doesNotContain("FAIL");
        try (ZipFile file = new ZipFile(zip.toFile())) {
            String course =
                    new String(
                            file.getInputStream(file.getEntry("course.js")).readAllBytes(),
                            StandardCharsets.US_ASCII);
            assertThat(course).contains("\"newAttemptWhenFinished\":true");
        }
        assertThat(run("--help")).contains(0);
        assertThat(out.toString(StandardCharsets.UTF_8)).contains("--new-attempt-when-finished");
    }

    @Test
    void optionsAlsoTakeTheNameEqualsValueForm() {
        Path zip = dir.resolve("p.zip");
        assertThat(
                        run(
                                "--format=scorm2004",
                                "--completion=all-quizzes-passed",
                                "--content=" + content(),
                                "--out=" + zip))
                .contains(0);
        assertThat(zip).isRegularFile();
    }

    @Test
    void anExistingPackageIsReplacedWhole() throws IOException {
        Path zip = Files.writeString(dir.resolve("old.zip"), "old");
        assertThat(run("--format", "scorm2004", "--content", content(), "--out", zip.toString()))
                .contains(0);
        assertThat(Files.size(zip)).isGreaterThan(10_000);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(
            delimiter = '|',
            value = {
                "unknown format            | --format scorm13                 | unknown format 'scorm13': use scorm12, scorm2004, moodle-xml or gift",
                "no format                 | --lang fr                        | --format scorm12|scorm2004|moodle-xml|gift is required",
                "quizzes in a package      | --format scorm12 --quizzes quiz-a | --quizzes applies to a question bank (moodle-xml, gift), not to scorm12: a SCORM package holds the whole course",
                "pass mark above 100       | --format scorm12 --pass-mark 101 | --pass-mark must be a percent from 0 to 100, not 101",
                "negative pass mark        | --format scorm12 --pass-mark -5  | --pass-mark must be a percent from 0 to 100, not -5",
                "pass mark not a number    | --format scorm12 --pass-mark 8O  | --pass-mark must be a percent from 0 to 100, not '8O'",
                "attempts not a number     | --format scorm12 --attempts many | --attempts must be a number from 0 (no limit) to 100, not 'many'",
                "language not a code       | --format scorm12 --lang french   | unknown language 'french': use a two-letter code such as fr or en",
                "unknown completion rule   | --format scorm12 --completion all | unknown completion rule 'all': use all-lessons-done, all-quizzes-passed, final-assessment-passed",
                "unknown option            | --format scorm12 --verbose       | unknown option --verbose",
                "stray argument            | --format scorm12 extra           | unexpected argument 'extra' (options start with --)",
                "value missing at the end  | --format                         | --format needs a value",
                "flag given a value        | --format scorm12 --no-randomise=1 | --no-randomise takes no value",
                "new attempt given a value | --format scorm2004 --new-attempt-when-finished=yes | --new-attempt-when-finished takes no value"
            })
    void aBadOptionIsRefusedWithWhatWasWrong(String name, String options, String message) {
        List<String> args = new ArrayList<>(List.of(options.trim().split(" +")));
        args.addAll(List.of("--content", content()));
        if (!options.contains("--out")) {
            args.addAll(List.of("--out", dir.resolve("x.zip").toString()));
        }
        assertThat(run(args.toArray(String[]::new))).contains(2);
        assertThat(errors())
                .contains("export: " + message.trim())
                .contains("usage: java -jar immunolearn.jar export");
        assertThat(dir.resolve("x.zip")).doesNotExist();
    }

    @Test
    void theOutputFileIsRequiredAndMustBeAZip() {
        assertThat(run("--format", "scorm12", "--content", content())).contains(2);
        assertThat(errors()).contains("export: --out FILE.zip is required");
        assertThat(
                        run(
                                "--format",
                                "scorm12",
                                "--content",
                                content(),
                                "--out",
                                dir.resolve("x.txt").toString()))
                .contains(2);
        assertThat(errors())
                .contains("--out must name a .zip file, not '" + dir.resolve("x.txt") + "'");
    }

    @Test
    void anOutputPathThatCannotBeWrittenIsRefusedBeforeAnythingIsDone() throws IOException {
        Path missingFolder = dir.resolve("no/such/folder/p.zip");
        assertThat(
                        run(
                                "--format",
                                "scorm12",
                                "--content",
                                content(),
                                "--out",
                                missingFolder.toString()))
                .contains(2);
        assertThat(errors())
                .contains(
                        "cannot write "
                                + missingFolder
                                + ": the folder "
                                + missingFolder.getParent()
                                + " does not exist");
        Path folder = Files.createDirectory(dir.resolve("a.zip"));
        assertThat(run("--format", "scorm12", "--content", content(), "--out", folder.toString()))
                .contains(2);
        assertThat(errors()).contains("cannot write " + folder + ": it is a folder");
    }

    @Test
    void aLanguageTheCourseDoesNotHaveIsRefusedByName() {
        assertThat(
                        run(
                                "--format",
                                "scorm12",
                                "--lang",
                                "de",
                                "--content",
                                content(),
                                "--out",
                                dir.resolve("x.zip").toString()))
                .contains(2);
        assertThat(errors())
                .contains("export: the course has no edition in \"de\" (it has: fr, en)");
        assertThat(dir.resolve("x.zip")).doesNotExist();
    }

    @Test
    void invalidContentIsReportedAndNothingIsWritten() throws IOException {
        Path content = Files.createDirectory(dir.resolve("content"));
        Files.writeString(content.resolve("editions.yaml"), "default: fr\neditions: [fr]\n");
        assertThat(
                        run(
                                "--format",
                                "scorm12",
                                "--content",
                                content.toString(),
                                "--out",
                                dir.resolve("x.zip").toString()))
                .contains(1);
        assertThat(errors())
                .contains("the folder of edition \"fr\" is missing")
                .contains("nothing was written");
        assertThat(dir.resolve("x.zip")).doesNotExist();
    }

    @Test
    void aQuestionBankIsWrittenInEachFormatAndSaysWhatItHolds() throws IOException {
        Path xml = dir.resolve("banque.xml");
        assertThat(
                        run(
                                "--format",
                                "moodle-xml",
                                "--lang",
                                "en",
                                "--content",
                                content(),
                                "--out",
                                xml.toString()))
                .contains(0);
        assertThat(out.toString(StandardCharsets.UTF_8))
                .contains("wrote " + xml + ": Moodle XML, en, 45 questions in 5 categories, ");
        assertThat(Files.readString(xml))
                .startsWith("<?xml")
                .contains("<question type=\"ordering\">")
                .endsWith("</quiz>\n");
        Path gift = dir.resolve("banque.gift");
        String firstQuiz = TestContent.editions().defaultEdition().quizzes().get(0).id();
        assertThat(
                        run(
                                "--format=gift",
                                "--quizzes=" + firstQuiz,
                                "--no-randomise",
                                "--content",
                                content(),
                                "--out",
                                gift.toString()))
                .contains(0);
        assertThat(out.toString(StandardCharsets.UTF_8))
                .contains("wrote " + gift + ": GIFT, fr, ")
                .contains(" in 1 categories, ");
        assertThat(Files.readString(gift)).startsWith("$CATEGORY: $course$/");
        try (var files = Files.list(dir)) {
            assertThat(files.map(p -> p.getFileName().toString()))
                    .containsExactlyInAnyOrder("banque.xml", "banque.gift");
        }
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(
            delimiter = '|',
            value = {
                "pass mark                 | --format gift --pass-mark 70        | x.txt | --pass-mark has no meaning in a question bank (gift): the LMS's quiz sets its own pass mark",
                "attempts                  | --format moodle-xml --attempts 2    | x.xml | --attempts has no meaning in a question bank (moodle-xml): the LMS's quiz sets its own attempts",
                "completion                | --format gift --completion all-lessons-done | x.txt | --completion has no meaning in a question bank (gift): the LMS's quiz sets its own completion",
                "new attempt               | --format gift --new-attempt-when-finished | x.txt | --new-attempt-when-finished has no meaning in a question bank (gift): the LMS's quiz keeps its own attempts",
                "a zip for a bank          | --format moodle-xml                 | x.zip | --out must name a .xml file for moodle-xml, not '",
                "an xml for gift           | --format gift                       | x.xml | --out must name a .txt or .gift file for gift, not '",
                "quizzes not ids           | --format gift --quizzes a,,b        | x.txt | --quizzes takes quiz ids separated by commas, such as quiz-a,quiz-b, not 'a,,b'"
            })
    void aBadOptionForAQuestionBankIsRefusedWithWhatWasWrong(
            String name, String options, String file, String message) {
        List<String> args = new ArrayList<>(List.of(options.trim().split(" +")));
        args.addAll(List.of("--content", content(), "--out", dir.resolve(file.trim()).toString()));
        assertThat(run(args.toArray(String[]::new))).contains(2);
        assertThat(errors())
                .contains("export: " + message.trim())
                .contains("usage: java -jar immunolearn.jar export");
        assertThat(dir.resolve(file.trim())).doesNotExist();
    }

    @Test
    void aQuizTheCourseDoesNotHaveIsRefusedByName() {
        Path gift = dir.resolve("x.txt");
        assertThat(
                        run(
                                "--format",
                                "gift",
                                "--quizzes",
                                "quiz-inconnu",
                                "--content",
                                content(),
                                "--out",
                                gift.toString()))
                .contains(2);
        assertThat(errors()).contains("export: the course has no quiz \"quiz-inconnu\" (it has: ");
        assertThat(gift).doesNotExist();
    }

    @Test
    void helpPrintsTheUsage() {
        assertThat(run("--help")).contains(0);
        assertThat(out.toString(StandardCharsets.UTF_8))
                .contains(
                        "--format scorm12|scorm2004",
                        "--pass-mark 0-100",
                        "--format moodle-xml|gift",
                        "--quizzes ID,ID");
    }
}
