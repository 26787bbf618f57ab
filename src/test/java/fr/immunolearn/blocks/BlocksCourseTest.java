package fr.immunolearn.blocks;

import static org.assertj.core.api.Assertions.assertThat;

import fr.immunolearn.course.Course;
import fr.immunolearn.course.LessonBlock;
import fr.immunolearn.course.LessonBlock.Callout;
import fr.immunolearn.course.LessonBlock.Check;
import fr.immunolearn.course.LessonBlock.CheckChoice;
import fr.immunolearn.course.LessonBlock.Figure;
import fr.immunolearn.course.LessonBlock.Scenario;
import fr.immunolearn.course.Passage;
import fr.immunolearn.course.loading.CourseLoader;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The blocks' test course: valid, every block type, the same blocks in both editions. */
class BlocksCourseTest {

    @Test
    void loadsWithoutProblemInBothEditions() {
        assertThat(CourseLoader.check(BlocksTestCourse.folder()).problems()).isEmpty();
        assertThat(BlocksTestCourse.editions().languages()).containsExactly("fr", "en");
    }

    @ParameterizedTest
    @ValueSource(strings = {"fr", "en"})
    void eachPassageHoldsTheBlocksTheRenderersAreTestedOn(String language) {
        Course course = BlocksTestCourse.editions().edition(language);
        assertThat(types(course, "p-encadres"))
                .containsExactly("prose", "callout", "callout", "prose", "callout");
        assertThat(types(course, "p-accordeon")).containsExactly("accordion");
        assertThat(types(course, "p-onglets")).containsExactly("tabs");
        assertThat(types(course, "p-cartes")).containsExactly("flipcards");
        assertThat(types(course, "p-etapes")).containsExactly("steps");
        assertThat(types(course, "p-figure")).containsExactly("figure");
        assertThat(types(course, "p-verifier")).containsExactly("prose", "check", "check");
        assertThat(types(course, "p-scenario")).containsExactly("scenario");
    }

    @ParameterizedTest
    @ValueSource(strings = {"fr", "en"})
    void theBlocksHaveTheirPartsAndIds(String language) {
        Course course = BlocksTestCourse.editions().edition(language);
        assertThat(blocks(course, "p-encadres", Callout.class))
                .extracting(Callout::kind)
                .containsExactly(Callout.Kind.NOTE, Callout.Kind.WARNING, Callout.Kind.ARTICLE);
        assertThat(blocks(course, "p-accordeon", LessonBlock.Accordion.class).get(0).panels())
                .hasSize(3);
        assertThat(blocks(course, "p-onglets", LessonBlock.Tabs.class).get(0).panels()).hasSize(3);
        assertThat(blocks(course, "p-cartes", LessonBlock.FlipCards.class).get(0).cards())
                .hasSize(3);
        assertThat(blocks(course, "p-etapes", LessonBlock.Steps.class).get(0).steps()).hasSize(4);
        Figure figure = blocks(course, "p-figure", Figure.class).get(0);
        assertThat(figure.file()).isEqualTo("media/schema.svg");
        assertThat(figure.svg())
                .startsWith("<svg xmlns=\"http://www.w3.org/2000/svg\"")
                .endsWith("</svg>");
        assertThat(List.of(figure.alt(), figure.caption(), figure.descriptionHtml()))
                .allSatisfy(text -> assertThat(text).isNotBlank());
        List<Check> checks = passage(course, "p-verifier").checks();
        assertThat(checks)
                .extracting(Check::id, Check::multiple)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple("chk-simple", false),
                        org.assertj.core.groups.Tuple.tuple("chk-multiple", true));
        assertThat(checks.get(0).choices())
                .extracting(CheckChoice::correct)
                .containsExactly(true, false, false);
        assertThat(checks.get(1).choices())
                .extracting(CheckChoice::correct)
                .containsExactly(true, true, false, false);
        Scenario scenario = blocks(course, "p-scenario", Scenario.class).get(0);
        assertThat(scenario.id()).isEqualTo("scn-amie");
        assertThat(scenario.choices())
                .hasSize(3)
                .allSatisfy(
                        choice ->
                                assertThat(
                                                List.of(
                                                        choice.text(),
                                                        choice.consequence(),
                                                        choice.explanation()))
                                        .allSatisfy(text -> assertThat(text).isNotBlank()));
    }

    @Test
    void frenchBlockTextsGetFrenchTypography() {
        Course french = BlocksTestCourse.editions().edition("fr");
        Check check = passage(french, "p-verifier").checks().get(0);
        assertThat(check.prompt())
                .isEqualTo("Contre quoi le système immunitaire nous défend-il\u202F?");
        assertThat(check.choices().get(0).feedback()).isEqualTo("Oui\u00A0: c’est son rôle.");
    }

    private static Passage passage(Course course, String id) {
        return course.passage(id).orElseThrow().passage();
    }

    private static List<String> types(Course course, String passageId) {
        return passage(course, passageId).body().stream().map(LessonBlock::type).toList();
    }

    private static <T extends LessonBlock> List<T> blocks(
            Course course, String passageId, Class<T> type) {
        return passage(course, passageId).body().stream()
                .filter(type::isInstance)
                .map(type::cast)
                .toList();
    }
}
