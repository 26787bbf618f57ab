package fr.immunolearn.questionbank;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import fr.immunolearn.course.Course;
import fr.immunolearn.course.CourseEditions;
import fr.immunolearn.course.Question;
import fr.immunolearn.course.Quiz;
import fr.immunolearn.course.loading.CourseLoader;
import fr.immunolearn.testing.TestContent;
import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.stream.Stream;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.MethodSource;
import org.w3c.dom.Element;

/**
 * The question bank, read back by a reader of each format (Moodle XML with the JDK's DOM, GIFT with
 * its grammar) and compared with the course model: every question of both editions, and a course
 * full of the formats' syntax.
 */
class QuestionBankTest {

    static Stream<Arguments> editionsAndFormats() {
        List<Arguments> cases = new ArrayList<>();
        for (String language : TestContent.editions().languages()) {
            for (BankFormat format : BankFormat.values()) {
                cases.add(Arguments.of(language, format));
            }
        }
        return cases.stream();
    }

    static List<ReadQuestion> read(BankFile file) throws Exception {
        return file.options().format() == BankFormat.MOODLE_XML
                ? MoodleXmlReader.read(file.bytes())
                : GiftReader.read(new String(file.bytes(), StandardCharsets.UTF_8));
    }

    /**
     * Reads the bank back and checks each question against the quiz it came from, in the content's
     * order.
     */
    private static void assertRoundTrip(CourseEditions editions, String language, BankFormat format)
            throws Exception {
        BankFile file =
                QuestionBank.export(editions, BankOptions.of(format).withLanguage(language));
        Course course = editions.edition(language);
        List<ReadQuestion> read = read(file);
        List<Question> expected = course.questions();
        assertThat(read).hasSameSizeAs(expected);
        assertThat(file.questions()).isEqualTo(expected.size());
        assertThat(file.categories()).isEqualTo(course.quizzes().size());
        String positions = BankWords.of(language).get("ordering.positions");
        int index = 0;
        for (Quiz quiz : course.quizzes()) {
            for (Question question : quiz.questions()) {
                BankExpectations.assertSame(
                        read.get(index++), question, course, quiz, format, positions);
            }
        }
    }

    @ParameterizedTest(name = "{0}, {1}")
    @MethodSource("editionsAndFormats")
    void everyQuestionOfTheCourseRoundTrips(String language, BankFormat format) throws Exception {
        assertRoundTrip(TestContent.editions(), language, format);
    }

    @ParameterizedTest
    @EnumSource(BankFormat.class)
    void aCourseFullOfTheFormatsSyntaxRoundTrips(BankFormat format) throws Exception {
        assertRoundTrip(HostileCourse.editions(), "fr", format);
    }

    @Test
    void giftEscapesEachCharacterOfItsSyntaxWithABackslash() {
        String gift =
                new String(
                        QuestionBank.export(
                                        HostileCourse.editions(), BankOptions.of(BankFormat.GIFT))
                                .bytes(),
                        StandardCharsets.UTF_8);
        assertThat(gift)
                .contains(
                        "a\\~b\\=c\\#d\\{e\\}f\\:g\\\\h \\:\\:\\~\\~\\=\\= \\#\\# \\{\\{\\}\\} \\\\\\\\");
        // HTML's own characters are entities in [html] text; a leading "[" or "%" too, so Moodle
        // reads no format or weight.
        assertThat(gift)
                .contains(
                        "&lt;b&gt;x&lt;/b&gt; &amp; &amp;amp;",
                        "=&\\#91;html]a\\~b",
                        "~&\\#37;50% a\\~b");
        // A star in an accepted answer is a star, not Moodle's "anything".
        assertThat(gift).contains("=%100%ré\\\\*ponse \\~\\=\\#\\{\\}\\:");
        // Ordering items GIFT cannot carry as written: the documented fallback to a matching of
        // places.
        assertThat(gift)
                .contains("=deux \\{2\\} -> 2")
                .contains(">4 ALL VERTICAL ABSOLUTE_POSITION SHOW none\nalpha\n");
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("languages")
    void everyMoodleXmlQuestionCarriesTheFieldsMoodlesImporterRequires(String language)
            throws Exception {
        byte[] xml =
                QuestionBank.export(
                                TestContent.editions(),
                                BankOptions.of(BankFormat.MOODLE_XML).withLanguage(language))
                        .bytes();
        String text = new String(xml, StandardCharsets.UTF_8);
        assertThat(text)
                .startsWith("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<quiz>")
                .endsWith("</quiz>\n");
        List<String> common =
                List.of(
                        "name",
                        "questiontext",
                        "generalfeedback",
                        "defaultgrade",
                        "penalty",
                        "hidden",
                        "idnumber");
        List<String> combined =
                List.of("correctfeedback", "partiallycorrectfeedback", "incorrectfeedback");
        Map<String, List<String>> required =
                Map.of(
                        "multichoice",
                                List.of("single", "shuffleanswers", "answernumbering", "answer"),
                        "truefalse", List.of("answer"),
                        "shortanswer", List.of("usecase", "answer"),
                        "matching", List.of("shuffleanswers", "subquestion"),
                        "ordering",
                                List.of(
                                        "layouttype",
                                        "selecttype",
                                        "selectcount",
                                        "gradingtype",
                                        "showgrading",
                                        "numberingstyle",
                                        "shownumcorrect",
                                        "answer"));
        Set<String> types = new java.util.TreeSet<>();
        for (ReadQuestion question : MoodleXmlReader.read(xml)) {
            types.add(question.qtype());
            assertThat(question.fields())
                    .as(question.name())
                    .containsAll(common)
                    .containsAll(required.get(question.qtype()));
            if (!question.qtype().equals("truefalse") && !question.qtype().equals("shortanswer")) {
                assertThat(question.fields()).as(question.name()).containsAll(combined);
            }
            assertThat(question.name()).isNotBlank();
            assertThat(question.textHtml()).isNotBlank();
            if (question.qtype().equals("multichoice")) {
                assertThat(question.answers()).hasSizeGreaterThanOrEqualTo(2);
                if (question.single()) {
                    assertThat(question.answers())
                            .as(question.name() + ": one right answer")
                            .filteredOn(a -> a.fraction().equals("100"))
                            .hasSize(1);
                }
            }
            if (question.qtype().equals("matching")) {
                assertThat(question.pairs()).hasSizeGreaterThanOrEqualTo(3);
            }
            if (question.qtype().equals("ordering")) {
                assertThat(question.items()).hasSizeGreaterThanOrEqualTo(2);
            }
        }
        assertThat(types)
                .containsExactlyInAnyOrder(
                        "multichoice", "truefalse", "shortanswer", "matching", "ordering");
        DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
        Element quiz =
                factory.newDocumentBuilder()
                        .parse(new ByteArrayInputStream(xml))
                        .getDocumentElement();
        for (Element question : MoodleXmlReader.children(quiz, "question")) {
            if (question.getAttribute("type").equals("truefalse")) {
                assertThat(MoodleXmlReader.children(question, "answer"))
                        .extracting(MoodleXmlReader::text)
                        .containsExactly("true", "false");
            }
            if (question.getAttribute("type").equals("category")) {
                assertThat(MoodleXmlReader.text(MoodleXmlReader.one(question, "category")))
                        .startsWith("$course$/");
            }
        }
    }

    static Stream<String> languages() {
        return TestContent.editions().languages().stream();
    }

    @ParameterizedTest(name = "{0}, {1}")
    @MethodSource("editionsAndFormats")
    void fractionsAreMoodleGradeOptionsAndAddUpWhereTheyMust(String language, BankFormat format)
            throws Exception {
        for (CourseEditions editions : List.of(TestContent.editions(), HostileCourse.editions())) {
            String edition =
                    editions.languages().contains(language) ? language : editions.defaultLanguage();
            for (ReadQuestion question :
                    read(
                            QuestionBank.export(
                                    editions, BankOptions.of(format).withLanguage(edition)))) {
                for (ReadQuestion.Answer answer : question.answers()) {
                    assertThat(BankExpectations.isGradeOption(answer.fraction()))
                            .as(question.name() + ": " + answer.fraction() + " is a grade option")
                            .isTrue();
                }
                double positive =
                        question.answers().stream()
                                .mapToDouble(ReadQuestion.Answer::value)
                                .filter(v -> v > 0)
                                .sum();
                double best =
                        question.answers().stream()
                                .mapToDouble(ReadQuestion.Answer::value)
                                .max()
                                .orElse(0);
                if (question.qtype().equals("multichoice") && !question.single()) {
                    assertThat(positive)
                            .as(question.name() + ": positive fractions add up to 100 %")
                            .isCloseTo(1, org.assertj.core.data.Offset.offset(1e-6));
                } else if (!question.answers().isEmpty()) {
                    assertThat(best).as(question.name() + ": one answer at 100 %").isEqualTo(1);
                }
            }
        }
    }

    @ParameterizedTest
    @EnumSource(BankFormat.class)
    void theSameContentGivesTheSameBytes(BankFormat format) {
        BankOptions options = BankOptions.of(format).withLanguage("en");
        byte[] first = QuestionBank.export(TestContent.editions(), options).bytes();
        byte[] again =
                QuestionBank.export(CourseLoader.load(TestContent.folder()), options).bytes();
        assertThat(again).isEqualTo(first);
        assertThat(QuestionBank.export(HostileCourse.editions(), BankOptions.of(format)).bytes())
                .isEqualTo(
                        QuestionBank.export(HostileCourse.editions(), BankOptions.of(format))
                                .bytes());
    }

    @ParameterizedTest
    @EnumSource(BankFormat.class)
    void theQuizzesChosenGoInWithTheirCategoriesInTheCoursesOrder(BankFormat format)
            throws Exception {
        Course course = TestContent.editions().defaultEdition();
        Quiz last = course.lessons().get(course.lessons().size() - 1).quiz();
        Quiz first = course.lessons().get(0).quiz();
        BankFile file =
                QuestionBank.export(
                        TestContent.editions(),
                        BankOptions.of(format).withQuizzes(List.of(last.id(), first.id())));
        assertThat(read(file))
                .extracting(ReadQuestion::name)
                .extracting(n -> n.substring(0, n.indexOf(" – ")))
                .containsExactlyElementsOf(
                        Stream.concat(first.questions().stream(), last.questions().stream())
                                .map(Question::id)
                                .toList());
        assertThat(file.categories()).isEqualTo(2);
        assertThat(file.fileName())
                .isEqualTo(
                        course.id()
                                + "-"
                                + course.language()
                                + "-"
                                + (format == BankFormat.GIFT ? "gift.txt" : "moodle.xml"));
    }

    @Test
    void theFinalAssessmentsCategorySaysHowManyQuestionsTheCourseDraws() throws Exception {
        Course course = TestContent.editions().defaultEdition();
        Quiz pool = course.finalAssessment();
        byte[] xml =
                QuestionBank.export(
                                TestContent.editions(),
                                BankOptions.of(BankFormat.MOODLE_XML)
                                        .withQuizzes(List.of(pool.id())))
                        .bytes();
        Element quiz =
                DocumentBuilderFactory.newInstance()
                        .newDocumentBuilder()
                        .parse(new ByteArrayInputStream(xml))
                        .getDocumentElement();
        Element category = MoodleXmlReader.children(quiz, "question").get(0);
        assertThat(
                        BankExpectations.plain(
                                MoodleXmlReader.text(MoodleXmlReader.one(category, "info"))))
                .contains(
                        pool.title(),
                        String.valueOf(pool.drawCount()),
                        String.valueOf(pool.questions().size()));
        assertThat(MoodleXmlReader.read(xml)).hasSize(pool.questions().size());
    }

    @Test
    void choicesAreShuffledUnlessTheTrainerKeepsTheContentsOrder() throws Exception {
        String shuffled =
                new String(
                        QuestionBank.export(
                                        TestContent.editions(),
                                        BankOptions.of(BankFormat.MOODLE_XML))
                                .bytes(),
                        StandardCharsets.UTF_8);
        String kept =
                new String(
                        QuestionBank.export(
                                        TestContent.editions(),
                                        BankOptions.of(BankFormat.MOODLE_XML).withRandomise(false))
                                .bytes(),
                        StandardCharsets.UTF_8);
        assertThat(shuffled)
                .contains("<shuffleanswers>true</shuffleanswers>")
                .doesNotContain("<shuffleanswers>false");
        // Matching responses stay shuffled: in the written order they would face their premises.
        assertThat(kept).contains("<shuffleanswers>false</shuffleanswers>");
        assertThat(MoodleXmlReader.read(kept.getBytes(StandardCharsets.UTF_8)))
                .filteredOn(q -> q.qtype().equals("matching"))
                .isNotEmpty();
        assertThat(
                        List.of(kept.split("<question type=\"matching\">", -1))
                                .subList(1, kept.split("<question type=\"matching\">", -1).length))
                .allSatisfy(
                        q ->
                                assertThat(q.substring(0, q.indexOf("</question>")))
                                        .contains("<shuffleanswers>true"));
    }

    @Test
    void aLanguageOrAQuizTheCourseDoesNotHaveIsRefusedByName() {
        assertThatThrownBy(
                        () ->
                                QuestionBank.export(
                                        TestContent.editions(),
                                        BankOptions.of(BankFormat.GIFT).withLanguage("de")))
                .hasMessage("the course has no edition in \"de\" (it has: fr, en)");
        assertThatThrownBy(
                        () ->
                                QuestionBank.export(
                                        TestContent.editions(),
                                        BankOptions.of(BankFormat.GIFT)
                                                .withQuizzes(List.of("quiz-inconnu"))))
                .hasMessageStartingWith("the course has no quiz \"quiz-inconnu\" (it has: ");
    }

    @Test
    void theExportsWordsExistInEveryLanguageWithTheSameKeys() throws Exception {
        Set<String> french = keys("fr");
        assertThat(french).isNotEmpty();
        for (String language : TestContent.editions().languages()) {
            assertThat(keys(language)).as(language).isEqualTo(french);
        }
    }

    private static Set<String> keys(String language) throws Exception {
        try (InputStream in =
                BankWords.class.getResourceAsStream("bank_" + language + ".properties")) {
            Properties properties = new Properties();
            properties.load(new java.io.InputStreamReader(in, StandardCharsets.UTF_8));
            return properties.stringPropertyNames();
        }
    }
}
