package fr.immunolearn.learnerui;

import static org.assertj.core.api.Assertions.assertThat;

import com.github.mvysny.kaributesting.v10.MockVaadin;
import fr.immunolearn.course.LessonBlock;
import fr.immunolearn.progress.CheckAnswer;
import fr.immunolearn.progress.CourseRules;
import fr.immunolearn.progress.CourseRules.CheckVerdict;
import fr.immunolearn.shell.AppWords;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The states of a knowledge check and of a scenario as the app draws them, without a browser: what
 * the learner is told after each action, and what is kept (and when).
 */
class ExerciseBlocksTest {

    private static final AppWords APP_WORDS = new AppWords();
    private static final LessonBlocks.Words WORDS =
            (key, args) -> APP_WORDS.getTranslation(key, Locale.FRENCH, args);

    private static final LessonBlock.Check SINGLE =
            new LessonBlock.Check(
                    "chk-single",
                    "Quelle cellule ?",
                    false,
                    List.of(
                            new LessonBlock.CheckChoice(
                                    "a", "Globule rouge", false, "Il transporte l’oxygène."),
                            new LessonBlock.CheckChoice(
                                    "b", "Lymphocyte", true, "Il reconnaît l’intrus."),
                            new LessonBlock.CheckChoice(
                                    "c", "Plaquette", false, "Elle aide à coaguler.")));
    private static final LessonBlock.Check MULTIPLE =
            new LessonBlock.Check(
                    "chk-multiple",
                    "Lesquels ?",
                    true,
                    List.of(
                            new LessonBlock.CheckChoice("a", "Anticorps", true, "Oui."),
                            new LessonBlock.CheckChoice("b", "Sucre", false, "Non."),
                            new LessonBlock.CheckChoice("c", "Lymphocyte T", true, "Oui aussi."),
                            new LessonBlock.CheckChoice("d", "Sel", false, "Non plus.")));
    private static final LessonBlock.Scenario SCENARIO =
            new LessonBlock.Scenario(
                    "scn",
                    "<p>Une amie a de la fièvre.</p>",
                    List.of(
                            new LessonBlock.ScenarioChoice(
                                    "rest", "Se reposer", "Elle récupère.", "Le corps se défend."),
                            new LessonBlock.ScenarioChoice(
                                    "run", "Courir", "Elle s’épuise.", "L’effort fatigue.")));

    /** Every answer the check handed on to be kept, in order. */
    private final List<List<String>> kept = new ArrayList<>();

    @BeforeEach
    void vaadin() {
        MockVaadin.setup();
    }

    @AfterEach
    void tearDown() {
        MockVaadin.tearDown();
    }

    private CheckBlock check(LessonBlock.Check check, Optional<CheckAnswer> before) {
        return new CheckBlock(
                check,
                before,
                WORDS,
                (Collection<String> chosen) -> {
                    kept.add(List.copyOf(chosen));
                    return CourseRules.checkVerdict(check, chosen);
                });
    }

    @Test
    void aSingleChoiceCheckKeepsTheAnswerThenGivesTheVerdictAndTheChosenChoicesFeedback() {
        CheckBlock block = check(SINGLE, Optional.empty());
        assertThat(block.said()).as("nothing said before checking").isEmpty();
        block.choose("a");
        block.submit();
        assertThat(kept).containsExactly(List.of("a"));
        assertThat(block.verdictClass()).contains("verdict-incorrect");
        assertThat(block.said())
                .containsExactly(
                        "Ce n’est pas la bonne réponse.",
                        "Vous avez choisi «\u00a0Globule rouge\u00a0», qui n’est pas juste. Il transporte l’oxygène.");

        block.choose("b");
        block.submit();
        assertThat(kept).as("ungraded: answered again").containsExactly(List.of("a"), List.of("b"));
        assertThat(block.said())
                .containsExactly(
                        "Bonne réponse.",
                        "Vous avez choisi «\u00a0Lymphocyte\u00a0», une bonne réponse. Il reconnaît l’intrus.");
    }

    @Test
    void aMultipleChoiceCheckSaysPartlyForSomeRightOnesAndCorrectForExactlyTheRightSet() {
        CheckBlock block = check(MULTIPLE, Optional.empty());
        block.choose("c");
        block.submit();
        assertThat(block.verdictClass()).contains("verdict-partly");
        assertThat(block.said()).hasSize(2).first().asString().startsWith("C’est en partie juste");

        block.choose("c", "a");
        block.submit();
        assertThat(kept.get(1)).as("in content order").containsExactly("a", "c");
        assertThat(block.verdictClass()).contains("verdict-correct");
        assertThat(block.said()).hasSize(3);

        block.choose("a", "b", "c");
        block.submit();
        assertThat(block.verdictClass()).contains("verdict-incorrect");
    }

    @Test
    void checkingWithoutAnAnswerIsRefusedWithAClearMessageAndKeepsNothing() {
        CheckBlock single = check(SINGLE, Optional.empty());
        single.submit();
        assertThat(single.said()).containsExactly("Choisissez une réponse avant de vérifier.");
        CheckBlock multiple = check(MULTIPLE, Optional.empty());
        multiple.submit();
        assertThat(multiple.said())
                .containsExactly("Cochez au moins une réponse avant de vérifier.");
        assertThat(kept).isEmpty();
    }

    @Test
    void aKeptAnswerIsShownAgainWithItsVerdictWithoutBeingKeptTwice() {
        CheckBlock block =
                check(
                        MULTIPLE,
                        Optional.of(
                                new CheckAnswer(
                                        "chk-multiple", List.of("a", "c"), CheckVerdict.CORRECT)));
        assertThat(block.chosen()).containsExactly("a", "c");
        assertThat(block.verdictClass()).contains("verdict-correct");
        assertThat(block.said()).first().isEqualTo("Bonne réponse.");
        assertThat(kept).isEmpty();
    }

    @Test
    void aScenarioShowsTheConsequenceAndExplanationThenLetsTheLearnerTryAnother() {
        ScenarioBlock block = new ScenarioBlock(SCENARIO, WORDS);
        assertThat(block.choicesShown()).isTrue();
        assertThat(block.tryAnotherShown()).isFalse();
        assertThat(block.said()).isEmpty();

        block.choose(1);
        assertThat(block.choicesShown()).isFalse();
        assertThat(block.tryAnotherShown()).isTrue();
        assertThat(block.said())
                .contains(
                        "Votre choix\u00a0: Courir",
                        "Ce qui se passe",
                        "Elle s’épuise.",
                        "Pourquoi",
                        "L’effort fatigue.");

        block.back();
        assertThat(block.choicesShown()).isTrue();
        assertThat(block.tryAnotherShown()).isFalse();
        assertThat(block.said()).isEmpty();

        block.choose(0);
        assertThat(block.said()).contains("Elle récupère.", "Le corps se défend.");
    }

    @Test
    void bothBlocksCarryTheDomContractsDataAttributesAndALiveRegion() {
        CheckBlock check = check(SINGLE, Optional.empty());
        ScenarioBlock scenario = new ScenarioBlock(SCENARIO, WORDS);
        assertThat(check.getElement().getAttribute("data-block")).isEqualTo("check");
        assertThat(check.getElement().getAttribute("data-block-id")).isEqualTo("chk-single");
        assertThat(scenario.getElement().getAttribute("data-block")).isEqualTo("scenario");
        assertThat(scenario.getElement().getAttribute("data-block-id")).isEqualTo("scn");
        assertThat(check.getElement().getOuterHTML()).contains("aria-live=\"polite\"");
        assertThat(scenario.getElement().getOuterHTML()).contains("aria-live=\"polite\"");
    }
}
