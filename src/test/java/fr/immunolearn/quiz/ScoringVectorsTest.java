package fr.immunolearn.quiz;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;
import static org.junit.jupiter.api.DynamicTest.dynamicTest;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import java.util.stream.StreamSupport;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * The scoring rules as the shared vectors write them down; the SCORM player passes the same
 * vectors.
 */
class ScoringVectorsTest {

    private static final JsonNode VECTORS = ScoringVectors.load();

    @TestFactory
    Stream<DynamicTest> eachAnswerIsMarkedAsTheVectorsSay() {
        return each("marks")
                .map(
                        vector ->
                                dynamicTest(
                                        vector.get("name").asText(),
                                        () -> {
                                            var question =
                                                    ScoringVectors.question(vector.get("question"));
                                            var answer =
                                                    ScoringVectors.answer(vector.get("answer"));
                                            JsonNode expected = vector.get("expected");
                                            if (expected.has("invalid")) {
                                                assertThatThrownBy(
                                                                () ->
                                                                        ScoringRules.mark(
                                                                                question, answer))
                                                        .isInstanceOfSatisfying(
                                                                InvalidAnswerException.class,
                                                                e ->
                                                                        assertThat(
                                                                                        e.reason()
                                                                                                .name())
                                                                                .isEqualTo(
                                                                                        expected.get(
                                                                                                        "invalid")
                                                                                                .asText()));
                                            } else {
                                                Mark mark = ScoringRules.mark(question, answer);
                                                assertThat(mark.credit())
                                                        .isCloseTo(
                                                                expected.get("credit").asDouble(),
                                                                within(1e-9));
                                                assertThat(mark.correct())
                                                        .isEqualTo(
                                                                expected.get("correct")
                                                                        .asBoolean());
                                            }
                                        }));
    }

    @TestFactory
    Stream<DynamicTest> eachQuizScoreIsWeightedAndRoundedAsTheVectorsSay() {
        return each("scores")
                .map(
                        vector ->
                                dynamicTest(
                                        vector.get("name").asText(),
                                        () -> {
                                            List<ScoringRules.WeightedMark> marks =
                                                    new ArrayList<>();
                                            vector.get("marks")
                                                    .forEach(
                                                            m ->
                                                                    marks.add(
                                                                            new ScoringRules
                                                                                    .WeightedMark(
                                                                                    m.get("weight")
                                                                                            .asDouble(),
                                                                                    new Mark(
                                                                                            m.get(
                                                                                                            "credit")
                                                                                                    .asDouble()))));
                                            Score score =
                                                    ScoringRules.score(
                                                            marks, vector.get("passMark").asInt());
                                            JsonNode expected = vector.get("expected");
                                            assertThat(score.earned())
                                                    .isCloseTo(
                                                            expected.get("earned").asDouble(),
                                                            within(1e-9));
                                            assertThat(score.possible())
                                                    .isCloseTo(
                                                            expected.get("possible").asDouble(),
                                                            within(1e-9));
                                            assertThat(score.percent())
                                                    .isEqualTo(expected.get("percent").asDouble());
                                            assertThat(score.passed())
                                                    .isEqualTo(expected.get("passed").asBoolean());
                                        }));
    }

    @TestFactory
    Stream<DynamicTest> typedAnswersAreNormalisedAsTheVectorsSay() {
        return each("normalisation")
                .map(
                        vector ->
                                dynamicTest(
                                        "\"" + vector.get("typed").asText() + "\"",
                                        () ->
                                                assertThat(
                                                                AnswerText.normalise(
                                                                        vector.get("typed")
                                                                                .asText()))
                                                        .isEqualTo(
                                                                vector.get("normalised")
                                                                        .asText())));
    }

    @TestFactory
    Stream<DynamicTest> theSeededGeneratorDrawsTheVectorsNumbers() {
        return each("random")
                .map(
                        vector ->
                                dynamicTest(
                                        "seed \"" + vector.get("seed").asText() + "\"",
                                        () -> {
                                            SeededRandom random =
                                                    new SeededRandom(vector.get("seed").asText());
                                            for (JsonNode expected : vector.get("first")) {
                                                assertThat(random.next())
                                                        .isEqualTo(expected.asDouble());
                                            }
                                        }));
    }

    @TestFactory
    Stream<DynamicTest> theSeededShuffleGivesTheVectorsOrders() {
        return each("shuffles")
                .map(
                        vector ->
                                dynamicTest(
                                        "seed \"" + vector.get("seed").asText() + "\"",
                                        () -> {
                                            List<String> items = new ArrayList<>();
                                            vector.get("items").forEach(i -> items.add(i.asText()));
                                            new SeededRandom(vector.get("seed").asText())
                                                    .shuffle(items);
                                            List<String> expected = new ArrayList<>();
                                            vector.get("shuffled")
                                                    .forEach(i -> expected.add(i.asText()));
                                            assertThat(items).isEqualTo(expected);
                                        }));
    }

    private static Stream<JsonNode> each(String section) {
        assertThat(VECTORS.get(section)).as(section).isNotEmpty();
        return StreamSupport.stream(VECTORS.get(section).spliterator(), false);
    }
}
