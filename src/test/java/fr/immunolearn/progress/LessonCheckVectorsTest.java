package fr.immunolearn.progress;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.junit.jupiter.api.DynamicTest.dynamicTest;

import com.fasterxml.jackson.databind.JsonNode;
import fr.immunolearn.course.LessonBlock;
import java.util.Locale;
import java.util.stream.Stream;
import java.util.stream.StreamSupport;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * The knowledge checks' verdict and "lesson read" as the vectors write them; the player passes the
 * same.
 */
class LessonCheckVectorsTest {

    private static final JsonNode VECTORS = LessonCheckVectors.load();

    @TestFactory
    Stream<DynamicTest> eachAnswerToACheckGetsTheVerdictTheVectorsSay() {
        return each("verdicts")
                .map(
                        vector ->
                                dynamicTest(
                                        vector.get("name").asText(),
                                        () -> {
                                            String name = vector.get("check").asText();
                                            LessonBlock.Check check =
                                                    LessonCheckVectors.check(
                                                            name, VECTORS.get("checks").get(name));
                                            String expected = vector.get("expected").asText();
                                            if (expected.equals("refused")) {
                                                assertThatIllegalArgumentException()
                                                        .isThrownBy(
                                                                () ->
                                                                        CourseRules.checkVerdict(
                                                                                check,
                                                                                LessonCheckVectors
                                                                                        .chosen(
                                                                                                vector)));
                                            } else {
                                                assertThat(
                                                                CourseRules.checkVerdict(
                                                                                check,
                                                                                LessonCheckVectors
                                                                                        .chosen(
                                                                                                vector))
                                                                        .name()
                                                                        .toLowerCase(Locale.ROOT))
                                                        .isEqualTo(expected);
                                            }
                                        }));
    }

    @TestFactory
    Stream<DynamicTest> aLessonIsReadWhenTheVectorsSay() {
        return each("lessonRead")
                .map(
                        vector ->
                                dynamicTest(
                                        vector.get("name").asText(),
                                        () ->
                                                assertThat(
                                                                CourseRules.lessonRead(
                                                                        vector.get("wentToQuiz")
                                                                                .asBoolean(),
                                                                        vector.get("checksAnswered")
                                                                                .asInt(),
                                                                        vector.get("checks")
                                                                                .asInt()))
                                                        .isEqualTo(
                                                                vector.get("expected")
                                                                        .asBoolean())));
    }

    private static Stream<JsonNode> each(String section) {
        return StreamSupport.stream(VECTORS.get(section).spliterator(), false);
    }
}
