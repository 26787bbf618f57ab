package fr.immunolearn.scormexport;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;
import static org.junit.jupiter.api.DynamicTest.dynamicTest;

import com.fasterxml.jackson.databind.JsonNode;
import fr.immunolearn.course.Quiz;
import fr.immunolearn.quiz.AnswerText;
import fr.immunolearn.quiz.AttemptPlan;
import fr.immunolearn.quiz.AttemptPlanner;
import fr.immunolearn.quiz.InvalidAnswerException;
import fr.immunolearn.quiz.Mark;
import fr.immunolearn.quiz.ScoringRules;
import fr.immunolearn.quiz.ScoringVectors;
import fr.immunolearn.testing.Browser;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.TestInstance;
import org.openqa.selenium.chrome.ChromeDriver;

/**
 * The player's scoring and layout, run in Chromium from the exported package's own files, give what
 * the Java rules give: every vector of scoring-vectors.json (marks, scores, normalisation, random
 * numbers, shuffles), and the very layouts AttemptPlanner makes of the exported course.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class PlayerScoringIT {

    private static final JsonNode VECTORS = ScoringVectors.load();
    private static final List<String> SEEDS = List.of("learner-1", "learner-42", "Élodie Ünal", "");

    private LmsServer server;
    private ChromeDriver browser;

    @BeforeAll
    void start() {
        server = new LmsServer();
        browser = Browser.start();
    }

    @AfterAll
    void stop() {
        browser.quit();
        server.close();
    }

    private void open(String name, ExportOptions options) {
        server.serve(name, ExportedPackages.unzipped(options));
        browser.get(server.base() + "/lms/scripts.html?pkg=" + name);
    }

    private JsonNode run(String script, Object... args) {
        try {
            return TestLms.JSON.readTree((String) browser.executeScript(script, args));
        } catch (java.io.IOException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Every vector through the player's scoring.js and layout.js, in one call. */
    private JsonNode playerResults() {
        open("vectors", ExportOptions.of(ScormEdition.SCORM_12));
        return run(
                """
                var v = JSON.parse(arguments[0]), s = ImmunoLearn.scoring, l = ImmunoLearn.layout;
                // The vectors name pairs and items by id; the player's course also carries their texts.
                function shape(q) {
                  var c = JSON.parse(JSON.stringify(q));
                  if (c.pairs) c.pairs = c.pairs.map(function (id) { return {id: id, premise: 'p ' + id, response: 'r ' + id}; });
                  if (c.items) c.items = c.items.map(function (id) { return {id: id, text: 'i ' + id}; });
                  return c;
                }
                return JSON.stringify({
                  marks: v.marks.map(function (m) {
                    try { return s.mark(shape(m.question), m.answer); }
                    catch (e) { return {invalid: e instanceof s.InvalidAnswer ? e.invalid : 'thrown: ' + e}; }
                  }),
                  scores: v.scores.map(function (x) { return s.score(x.marks, x.passMark); }),
                  normalisation: v.normalisation.map(function (n) { return s.normalise(n.typed); }),
                  random: v.random.map(function (r) { var g = new l.SeededRandom(r.seed); return r.first.map(function () { return g.next(); }); }),
                  shuffles: v.shuffles.map(function (x) { return new l.SeededRandom(x.seed).shuffle(x.items.slice()); })
                });""",
                VECTORS.toString());
    }

    @TestFactory
    Stream<DynamicTest> thePlayersScoringGivesWhatTheVectorsAndTheJavaRulesGive() {
        JsonNode player = playerResults();
        List<DynamicTest> tests = new ArrayList<>();
        for (int i = 0; i < VECTORS.get("marks").size(); i++) {
            JsonNode vector = VECTORS.get("marks").get(i);
            JsonNode got = player.get("marks").get(i);
            tests.add(
                    dynamicTest(
                            "mark: " + vector.get("name").asText(),
                            () -> {
                                JsonNode expected = vector.get("expected");
                                var question = ScoringVectors.question(vector.get("question"));
                                var answer = ScoringVectors.answer(vector.get("answer"));
                                if (expected.has("invalid")) {
                                    assertThat(got.path("invalid").asText())
                                            .isEqualTo(expected.get("invalid").asText());
                                    try {
                                        ScoringRules.mark(question, answer);
                                        throw new AssertionError(
                                                "Java accepted what the vector refuses");
                                    } catch (InvalidAnswerException e) {
                                        assertThat(e.reason().name())
                                                .isEqualTo(got.get("invalid").asText());
                                    }
                                } else {
                                    Mark java = ScoringRules.mark(question, answer);
                                    assertThat(got.get("credit").asDouble())
                                            .isCloseTo(
                                                    expected.get("credit").asDouble(), within(1e-9))
                                            .isCloseTo(java.credit(), within(1e-9));
                                    assertThat(got.get("correct").asBoolean())
                                            .isEqualTo(expected.get("correct").asBoolean())
                                            .isEqualTo(java.correct());
                                }
                            }));
        }
        for (int i = 0; i < VECTORS.get("scores").size(); i++) {
            JsonNode vector = VECTORS.get("scores").get(i);
            JsonNode got = player.get("scores").get(i);
            tests.add(
                    dynamicTest(
                            "score: " + vector.get("name").asText(),
                            () -> {
                                JsonNode expected = vector.get("expected");
                                assertThat(got.get("earned").asDouble())
                                        .isCloseTo(expected.get("earned").asDouble(), within(1e-9));
                                assertThat(got.get("possible").asDouble())
                                        .isCloseTo(
                                                expected.get("possible").asDouble(), within(1e-9));
                                assertThat(got.get("percent").asDouble())
                                        .isEqualTo(expected.get("percent").asDouble());
                                assertThat(got.get("passed").asBoolean())
                                        .isEqualTo(expected.get("passed").asBoolean());
                            }));
        }
        for (int i = 0; i < VECTORS.get("normalisation").size(); i++) {
            JsonNode vector = VECTORS.get("normalisation").get(i);
            String got = player.get("normalisation").get(i).asText();
            tests.add(
                    dynamicTest(
                            "normalise: \"" + vector.get("typed").asText() + "\"",
                            () ->
                                    assertThat(got)
                                            .isEqualTo(vector.get("normalised").asText())
                                            .isEqualTo(
                                                    AnswerText.normalise(
                                                            vector.get("typed").asText()))));
        }
        for (int i = 0; i < VECTORS.get("random").size(); i++) {
            JsonNode vector = VECTORS.get("random").get(i);
            JsonNode got = player.get("random").get(i);
            tests.add(
                    dynamicTest(
                            "random: seed \"" + vector.get("seed").asText() + "\"",
                            () -> {
                                fr.immunolearn.quiz.SeededRandom java =
                                        new fr.immunolearn.quiz.SeededRandom(
                                                vector.get("seed").asText());
                                for (int n = 0; n < vector.get("first").size(); n++) {
                                    assertThat(got.get(n).asDouble())
                                            .isEqualTo(vector.get("first").get(n).asDouble())
                                            .isEqualTo(java.next());
                                }
                            }));
        }
        for (int i = 0; i < VECTORS.get("shuffles").size(); i++) {
            JsonNode vector = VECTORS.get("shuffles").get(i);
            JsonNode got = player.get("shuffles").get(i);
            tests.add(
                    dynamicTest(
                            "shuffle: seed \"" + vector.get("seed").asText() + "\"",
                            () -> assertThat(got).isEqualTo(vector.get("shuffled"))));
        }
        return tests.stream();
    }

    @TestFactory
    Stream<DynamicTest> thePlayerLaysOutEveryAttemptAsAttemptPlannerDoes() {
        List<DynamicTest> tests = new ArrayList<>();
        for (boolean randomise : List.of(true, false)) {
            ExportOptions options =
                    ExportOptions.of(ScormEdition.SCORM_2004).withRandomise(randomise);
            ExportedCourse exported = ExportedPackages.course(options);
            open("layout-" + randomise, options);
            JsonNode plans =
                    run(
                            """
                    var seeds = arguments[0], quizzes = ImmunoLearnCourse.course.quizzes;
                    return JSON.stringify(quizzes.map(function (quiz) {
                      return seeds.map(function (seed) {
                        return [1, 2, 3].map(function (attempt) {
                          var plan = ImmunoLearn.layout.plan(quiz, seed, attempt);
                          return {questions: plan.questions.map(function (q) { return q.id; }), options: plan.options};
                        });
                      });
                    }));""",
                            SEEDS);
            List<Quiz> quizzes = exported.course().quizzes();
            for (int q = 0; q < quizzes.size(); q++) {
                Quiz quiz = quizzes.get(q);
                for (int s = 0; s < SEEDS.size(); s++) {
                    for (int attempt = 1; attempt <= 3; attempt++) {
                        JsonNode js = plans.get(q).get(s).get(attempt - 1);
                        String seed = SEEDS.get(s);
                        int a = attempt;
                        tests.add(
                                dynamicTest(
                                        quiz.id()
                                                + (randomise ? "" : ", not randomised")
                                                + ", seed \""
                                                + seed
                                                + "\", attempt "
                                                + attempt,
                                        () -> {
                                            AttemptPlan java =
                                                    AttemptPlanner.plan(
                                                            quiz, exported::lessonOf, seed, a);
                                            assertThat(
                                                            TestLms.JSON.convertValue(
                                                                    js.get("questions"),
                                                                    List.class))
                                                    .isEqualTo(java.questionIds());
                                            assertThat(
                                                            TestLms.JSON.convertValue(
                                                                    js.get("options"), Map.class))
                                                    .isEqualTo(java.optionOrder());
                                        }));
                    }
                }
            }
        }
        return tests.stream();
    }
}
