package fr.immunolearn.scormexport;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import fr.immunolearn.course.Choice;
import fr.immunolearn.course.CompletionRule;
import fr.immunolearn.course.Concept;
import fr.immunolearn.course.Course;
import fr.immunolearn.course.CourseEditions;
import fr.immunolearn.course.CreditMode;
import fr.immunolearn.course.Feedback;
import fr.immunolearn.course.Lesson;
import fr.immunolearn.course.MatchPair;
import fr.immunolearn.course.OrderItem;
import fr.immunolearn.course.Passage;
import fr.immunolearn.course.Question;
import fr.immunolearn.course.QuestionKind;
import fr.immunolearn.course.Quiz;
import fr.immunolearn.course.Source;
import fr.immunolearn.course.UnlockRule;
import fr.immunolearn.testing.TestContent;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.function.Function;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * The identifiers the player writes to the LMS: one rule (LmsIdentifiers) that every runtime's
 * identifier regex accepts, one-to-one in each namespace, baked into course.js and checked again in
 * the finished package.
 */
class LmsIdentifiersTest {

    /**
     * The rules an identifier must pass everywhere it is written, each as its runtime states it.
     */
    private static final List<Pattern> RUNTIMES =
            List.of(
                    // Moodle 4.5, scorm_13.js CMIShortIdentifier (JavaScript's \w is ASCII, as
                    // Java's)
                    Pattern.compile("^[\\w.]{1,250}$"),
                    // Moodle 4.5, scorm_13.js CMILongIdentifier
                    Pattern.compile(MoodleDataModel.V2004_LONG_IDENTIFIER),
                    // Moodle 4.5, scorm_12.js CMIIdentifier
                    Pattern.compile(MoodleDataModel.V12_IDENTIFIER),
                    // scorm-again 3.4.3, scorm2004 CMIShortIdentifier
                    Pattern.compile("^(?=.*\\w)[\\w\\-()+.:=@;$_!*'%/#]{1,250}$"));

    private static String repeat(char c, int times) {
        return String.valueOf(c).repeat(times);
    }

    private static void assertEveryRuntimeAccepts(String identifier) {
        for (Pattern runtime : RUNTIMES) {
            assertThat(runtime.matcher(identifier).find())
                    .as("%s accepted by %s", identifier, runtime)
                    .isTrue();
        }
    }

    @Test
    void idsEveryRuntimeAlreadyAcceptsStayAsTheyAre() {
        List<String> ids = List.of("a", "c1", "sys_q1", "A.b", "0", "_");
        assertThat(LmsIdentifiers.assign(ids, 250)).containsExactlyEntriesOf(identity(ids));
    }

    @Test
    void refusedCharactersBecomeUnderscoresAndAccentsAreDropped() {
        assertThat(LmsIdentifiers.readable("auto-immunes", 250)).isEqualTo("auto_immunes");
        assertThat(LmsIdentifiers.readable("thérapie-ciblée", 250)).isEqualTo("therapie_ciblee");
        assertThat(LmsIdentifiers.readable("a b:c/d", 250)).isEqualTo("a_b_c_d");
        assertThat(LmsIdentifiers.readable("Œuf ß 日本", 250)).isEqualTo("_uf_____");
        assertThat(LmsIdentifiers.readable("ﬁn", 250))
                .as("compatibility forms decomposed")
                .isEqualTo("fin");
        assertThat(LmsIdentifiers.readable("", 250)).as("never empty").isEqualTo("_");
        assertThat(LmsIdentifiers.readable("...", 250))
                .as("a word character, as scorm-again wants")
                .isEqualTo("_...");
        assertThat(LmsIdentifiers.readable(repeat('.', 260) + "a", 250))
                .hasSize(250)
                .startsWith("_.");
    }

    @Test
    void idsThatCollideAfterMappingTakeASuffixAndValidIdsKeepTheirs() {
        assertThat(LmsIdentifiers.assign(List.of("a-b", "a_b"), 250))
                .containsExactly(Map.entry("a-b", "a_b_2"), Map.entry("a_b", "a_b"));
        assertThat(LmsIdentifiers.assign(List.of("a-b", "a b", "a_b_2"), 250))
                .containsExactly(
                        Map.entry("a-b", "a_b"),
                        Map.entry("a b", "a_b_3"),
                        Map.entry("a_b_2", "a_b_2"));
        assertThat(LmsIdentifiers.assign(List.of("é", "e", "è"), 250))
                .containsExactly(Map.entry("é", "e_2"), Map.entry("e", "e"), Map.entry("è", "e_3"));
        assertThat(LmsIdentifiers.assign(List.of("x", "x"), 250))
                .as("one id, one identifier")
                .containsExactly(Map.entry("x", "x"));
    }

    @Test
    void longIdsAreCutToTheLimitAndStayDistinct() {
        String common = repeat('a', 260);
        Map<String, String> assigned =
                LmsIdentifiers.assign(List.of(common + "-1", common + "-2", repeat('b', 300)), 250);
        assertThat(assigned.values())
                .allSatisfy(id -> assertThat(id).hasSize(250))
                .doesNotHaveDuplicates();
        assertThat(assigned.get(common + "-1")).isEqualTo(repeat('a', 250));
        assertThat(assigned.get(common + "-2")).isEqualTo(repeat('a', 248) + "_2");
        assertThat(
                        LmsIdentifiers.assign(
                                        List.of(repeat('q', 300)),
                                        LmsIdentifiers.QUESTION_MAX_LENGTH)
                                .values())
                .allSatisfy(id -> assertThat(id + "_123456789").hasSize(LmsIdentifiers.MAX_LENGTH));
    }

    @Test
    void anyIdsGiveValidDistinctIdentifiersAndTheSameOnesEveryTime() {
        Random random = new Random(10);
        String alphabet = "aA0_.-é ç:/ßœ日\u00a0\t'\"[],{}";
        for (int round = 0; round < 200; round++) {
            List<String> ids = new ArrayList<>();
            for (int i = 0; i < 20; i++) {
                StringBuilder id = new StringBuilder();
                int length = random.nextInt(4) == 0 ? 240 + random.nextInt(80) : random.nextInt(5);
                for (int c = 0; c < length; c++) {
                    id.append(alphabet.charAt(random.nextInt(alphabet.length())));
                }
                ids.add(id.toString());
            }
            Map<String, String> assigned = LmsIdentifiers.assign(ids, 250);
            assertThat(assigned.keySet())
                    .containsExactlyElementsOf(new java.util.LinkedHashSet<>(ids));
            assertThat(new HashSet<>(assigned.values())).as("one-to-one").hasSize(assigned.size());
            assigned.values().forEach(LmsIdentifiersTest::assertEveryRuntimeAccepts);
            assertThat(LmsIdentifiers.assign(ids, 250)).containsExactlyEntriesOf(assigned);
        }
    }

    @ParameterizedTest
    @EnumSource(ScormEdition.class)
    void aCourseWhoseIdsCollideAfterMappingIsBakedWithDistinctValidIdentifiersAndPassesTheCheck(
            ScormEdition edition) throws Exception {
        Course course = collidingCourse();
        ScormPackage scorm =
                ScormExporter.export(
                        new CourseEditions("fr", Map.of("fr", course)), ExportOptions.of(edition));
        assertThat(scorm.failures()).isEmpty();
        assertThat(scorm.checks())
                .anySatisfy(check -> assertThat(check.id()).isEqualTo("lms-identifiers"));

        JsonNode baked = courseJson(scorm);
        LmsIdentifiers ids = LmsIdentifiers.of(course);
        assertThat(lms(baked.get("lessons")))
                .containsExactly(
                        Map.entry("lecon-1", "lecon_1_2"), Map.entry("lecon_1", "lecon_1"));
        JsonNode questions = baked.get("quizzes").get(0).get("questions");
        assertThat(lms(questions))
                .containsExactly(
                        Map.entry("q-1", "q_1_2"),
                        Map.entry("q_1", "q_1"),
                        Map.entry("q-2", "q_2"),
                        Map.entry(
                                repeat('q', 300), repeat('q', LmsIdentifiers.QUESTION_MAX_LENGTH)));
        assertThat(lms(questions.get(0).get("choices")))
                .containsExactly(
                        Map.entry("a-b", "a_b_2"),
                        Map.entry("a_b", "a_b"),
                        Map.entry("é", "e_2"),
                        Map.entry("e", "e"));
        assertThat(lms(questions.get(1).get("pairs")))
                .containsExactly(
                        Map.entry("m-1", "m_1"),
                        Map.entry("m.1", "m.1"),
                        Map.entry("m 1", "m_1_2"));
        assertThat(lms(questions.get(2).get("items")).values())
                .containsExactly(repeat('x', 250), repeat('x', 248) + "_2", "n_ud");
        for (JsonNode quiz : baked.get("quizzes")) {
            for (JsonNode question : quiz.get("questions")) {
                String id = question.get("id").asText();
                assertThat(question.get("lms").asText()).isEqualTo(ids.question(id));
                assertThat(question.get("objective").asText())
                        .isEqualTo(ids.lesson(question.get("lesson").asText()));
                question.path("choices")
                        .forEach(
                                c ->
                                        assertThat(c.get("lms").asText())
                                                .isEqualTo(ids.choice(id, c.get("id").asText())));
                question.path("pairs")
                        .forEach(
                                p ->
                                        assertThat(p.get("lms").asText())
                                                .isEqualTo(ids.pair(id, p.get("id").asText())));
                question.path("items")
                        .forEach(
                                i ->
                                        assertThat(i.get("lms").asText())
                                                .isEqualTo(ids.item(id, i.get("id").asText())));
            }
        }
    }

    @Test
    void theRealCoursesHyphenatedIdsAreBakedWithUnderscores() throws Exception {
        JsonNode baked =
                courseJson(ExportedPackages.export(ExportOptions.of(ScormEdition.SCORM_2004)));
        Course course = TestContent.editions().defaultEdition();
        assertThat(baked.get("lessons").get(0).get("lms").asText())
                .isEqualTo(course.lessons().get(0).id().replace('-', '_'));
        List<String> pairs = new ArrayList<>();
        baked.get("quizzes")
                .forEach(
                        q ->
                                q.get("questions")
                                        .forEach(
                                                x ->
                                                        x.path("pairs")
                                                                .forEach(
                                                                        p ->
                                                                                pairs.add(
                                                                                        p.get("lms")
                                                                                                .asText()))));
        assertThat(pairs).isNotEmpty().allSatisfy(LmsIdentifiersTest::assertEveryRuntimeAccepts);
    }

    @Test
    void thePackageCheckFindsAnInvalidOrSharedIdentifierInCourseJs() throws Exception {
        ScormPackage scorm =
                ScormExporter.export(
                        new CourseEditions("fr", Map.of("fr", collidingCourse())),
                        ExportOptions.of(ScormEdition.SCORM_2004));
        ObjectNode root =
                (ObjectNode)
                        CourseScript.read(
                                PackageInspection.entries(scorm.bytes())
                                        .get(PlayerFiles.COURSE_SCRIPT));
        JsonNode choices =
                root.get("course").get("quizzes").get(0).get("questions").get(0).get("choices");

        ((ObjectNode) choices.get(0)).put("lms", "a_b");
        PackageCheck shared = PackageInspection.lmsIdentifiers(script(root));
        assertThat(shared.passed()).isFalse();
        assertThat(shared.detail()).contains("choices of q-1: \"a-b\" and \"a_b\" share \"a_b\"");

        ((ObjectNode) choices.get(0)).put("lms", "a-b");
        PackageCheck hyphen = PackageInspection.lmsIdentifiers(script(root));
        assertThat(hyphen.passed()).isFalse();
        assertThat(hyphen.detail())
                .contains("choices of q-1: \"a-b\" has \"a-b\", not valid in every LMS");

        ((ObjectNode) choices.get(0)).put("lms", "a_b_2");
        ((ObjectNode) root.get("course").get("quizzes").get(0).get("questions").get(0))
                .put("objective", "lecon_1");
        PackageCheck objective = PackageInspection.lmsIdentifiers(script(root));
        assertThat(objective.passed()).isFalse();
        assertThat(objective.detail())
                .contains("counts towards \"lecon_1\", not its lesson's \"lecon_1_2\"");
    }

    private static byte[] script(JsonNode root) {
        return ("window." + CourseScript.GLOBAL + " = " + root + ";\n")
                .getBytes(StandardCharsets.US_ASCII);
    }

    private static JsonNode courseJson(ScormPackage scorm) throws Exception {
        return CourseScript.read(
                        PackageInspection.entries(scorm.bytes()).get(PlayerFiles.COURSE_SCRIPT))
                .get("course");
    }

    private static Map<String, String> lms(JsonNode entries) {
        Map<String, String> map = new LinkedHashMap<>();
        entries.forEach(e -> map.put(e.get("id").asText(), e.get("lms").asText()));
        return map;
    }

    private static Map<String, String> identity(List<String> ids) {
        Map<String, String> map = new LinkedHashMap<>();
        ids.forEach(id -> map.put(id, id));
        return map;
    }

    /**
     * Two lessons, and ids that collide once mapped: "a-b" and "a_b", "é" and "e", "m-1" and "m 1",
     * two 300-character items alike in their first 250, a 300-character question id.
     */
    static Course collidingCourse() {
        Function<String, Question> choice =
                id ->
                        new Question(
                                id,
                                "Question " + id + " ?",
                                1,
                                List.of("idee"),
                                "passage-1",
                                new Feedback("Parce que.", "", ""),
                                new QuestionKind.SingleChoice(
                                        List.of(
                                                new Choice("a-b", "Un", true, ""),
                                                new Choice("a_b", "Deux", false, ""),
                                                new Choice("é", "Trois", false, ""),
                                                new Choice("e", "Quatre", false, ""))));
        Question matching =
                new Question(
                        "q_1",
                        "Associez ?",
                        1,
                        List.of("idee"),
                        "passage-1",
                        new Feedback("Parce que.", "", ""),
                        new QuestionKind.Matching(
                                List.of(
                                        new MatchPair("m-1", "A", "1"),
                                        new MatchPair("m.1", "B", "2"),
                                        new MatchPair("m 1", "C", "3")),
                                CreditMode.PARTIAL));
        Question ordering =
                new Question(
                        "q-2",
                        "Ordonnez ?",
                        1,
                        List.of("idee"),
                        "passage-1",
                        new Feedback("Parce que.", "", ""),
                        new QuestionKind.Ordering(
                                List.of(
                                        new OrderItem(repeat('x', 300), "un"),
                                        new OrderItem(repeat('x', 299) + "y", "deux"),
                                        new OrderItem("nœud", "trois")),
                                CreditMode.ALL_OR_NOTHING));
        Question trueFalse =
                new Question(
                        repeat('q', 300),
                        "Vrai ?",
                        1,
                        List.of("idee"),
                        "passage-1",
                        new Feedback("Parce que.", "", ""),
                        new QuestionKind.TrueFalse(true));
        List<Lesson> lessons = new ArrayList<>();
        lessons.add(
                lesson(
                        "lecon-1",
                        "passage-1",
                        List.of(choice.apply("q-1"), matching, ordering, trueFalse)));
        lessons.add(
                lesson(
                        "lecon_1",
                        "passage-2",
                        List.of(
                                new Question(
                                        "q-3",
                                        "Vrai ?",
                                        1,
                                        List.of("idee"),
                                        "passage-2",
                                        new Feedback("Parce que.", "", ""),
                                        new QuestionKind.TrueFalse(false)))));
        Quiz finalAssessment =
                new Quiz(
                        "evaluation-finale",
                        null,
                        "Évaluation finale",
                        80,
                        3,
                        1,
                        true,
                        true,
                        List.of(
                                new Question(
                                        "f-1",
                                        "Vrai ?",
                                        1,
                                        List.of("idee"),
                                        "passage-2",
                                        new Feedback("Parce que.", "", ""),
                                        new QuestionKind.TrueFalse(true))));
        return new Course(
                "cours-collisions",
                "fr",
                "Cours aux identifiants proches",
                "Des identifiants qui se ressemblent.",
                new Source("Source", "", "", ""),
                "Ce module ne remplace pas un avis médical.",
                CompletionRule.FINAL_ASSESSMENT_PASSED,
                UnlockRule.ALL_LESSONS_DONE,
                List.of(new Concept("idee", "Une idée")),
                List.of(),
                lessons,
                finalAssessment);
    }

    private static Lesson lesson(String id, String passageId, List<Question> questions) {
        Quiz quiz =
                new Quiz(
                        "quiz-" + id,
                        id,
                        "Quiz " + id,
                        80,
                        3,
                        questions.size(),
                        true,
                        true,
                        questions);
        return new Lesson(
                id,
                "Leçon " + id,
                List.of("comprendre"),
                List.of("idee"),
                "",
                List.of(new Passage(passageId, "Passage", List.of("idee"), "<p>Texte.</p>")),
                List.of("Point clé"),
                List.of(),
                quiz);
    }
}
