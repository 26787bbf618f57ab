package fr.immunolearn.learnerui;

import static org.assertj.core.api.Assertions.assertThat;

import com.github.mvysny.kaributesting.v10.ButtonKt;
import com.github.mvysny.kaributesting.v10.MockVaadin;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.Html;
import com.vaadin.flow.component.details.Details;
import fr.immunolearn.course.CourseWords;
import fr.immunolearn.course.LessonBlock;
import java.text.MessageFormat;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The blocks' components hold the learner's state (step shown, tab selected, card turned) without a
 * browser.
 */
class LessonBlocksTest {

    private static final Map<String, String> WORDS = CourseWords.load("fr");

    private final LessonBlocks blocks =
            new LessonBlocks(
                    (key, arguments) ->
                            MessageFormat.format(WORDS.get(key).replace("'", "''"), arguments),
                    LessonBlocks.LessonExercises.promptsOnly());

    private static final List<LessonBlock.Panel> PANELS =
            List.of(
                    new LessonBlock.Panel("Un", "<p>premier</p>"),
                    new LessonBlock.Panel("Deux", "<p>deuxième</p>"),
                    new LessonBlock.Panel("Trois", "<p>troisième</p>"));

    @BeforeEach
    void vaadin() {
        MockVaadin.setup();
    }

    @AfterEach
    void tearDown() {
        MockVaadin.tearDown();
    }

    private static String attribute(Component component, String name) {
        return component.getElement().getAttribute(name);
    }

    @Test
    void stepsShowTheFirstStepThenMoveOnAndBackOneAtATime() {
        var steps = (LessonBlocks.Steps) blocks.component(new LessonBlock.Steps(PANELS));
        assertThat(attribute(steps, "data-block")).isEqualTo("steps");
        assertThat(steps.current()).isZero();
        assertThat(steps.progress()).isEqualTo("1 / 3");
        assertThat(steps.previous().isEnabled()).isFalse();
        assertThat(steps.next().getText()).isEqualTo(WORDS.get("block.steps.next"));

        ButtonKt._click(steps.next());
        assertThat(steps.progress()).isEqualTo("2 / 3");
        assertThat(steps.previous().isEnabled()).isTrue();
        ButtonKt._click(steps.next());
        assertThat(steps.progress()).isEqualTo("3 / 3");
        assertThat(steps.next().isEnabled()).as("nothing after the last step").isFalse();
        ButtonKt._click(steps.previous());
        assertThat(steps.current()).isEqualTo(1);
        assertThat(
                        steps.getChildren()
                                .filter(c -> c.hasClassName("step"))
                                .map(c -> !c.hasClassName(LessonBlocks.CONCEALED))
                                .toList())
                .containsExactly(false, true, false);
    }

    @Test
    void tabsHaveOneTabPerPanelAndShowTheSelectedOneOnly() {
        var tabs = (LessonBlocks.TabbedPanels) blocks.component(new LessonBlock.Tabs(PANELS));
        assertThat(attribute(tabs, "data-block")).isEqualTo("tabs");
        assertThat(tabs.titles()).containsExactly("Un", "Deux", "Trois");
        assertThat(tabs.selected()).isZero();
        assertThat(tabs.shown()).containsExactly(true, false, false);
        tabs.select(2);
        assertThat(tabs.shown()).containsExactly(false, false, true);
    }

    @Test
    void aFlipCardTurnsAndTurnsBackAndSaysSoThroughAriaPressed() {
        Component block =
                blocks.component(
                        new LessonBlock.FlipCards(
                                List.of(
                                        new LessonBlock.FlipCard("Antigène", "<p>Ce que…</p>"),
                                        new LessonBlock.FlipCard(
                                                "Anticorps", "<p>Une protéine…</p>"))));
        List<LessonBlocks.FlipCard> cards =
                block.getChildren()
                        .flatMap(Component::getChildren)
                        .filter(LessonBlocks.FlipCard.class::isInstance)
                        .map(LessonBlocks.FlipCard.class::cast)
                        .toList();
        assertThat(cards).hasSize(2);
        LessonBlocks.FlipCard card = cards.get(0);
        assertThat(card.turned()).isFalse();
        assertThat(attribute(card.front(), "aria-pressed")).isEqualTo("false");
        ButtonKt._click(card.front());
        assertThat(card.turned()).isTrue();
        assertThat(attribute(card.front(), "aria-pressed")).isEqualTo("true");
        assertThat(cards.get(1).turned()).as("each card turns alone").isFalse();
        ButtonKt._click(card.front());
        assertThat(card.turned()).isFalse();
    }

    @Test
    void accordionPanelsAreDetailsAllClosedAtFirst() {
        Component block = blocks.component(new LessonBlock.Accordion(PANELS));
        List<Details> details = block.getChildren().map(Details.class::cast).toList();
        assertThat(details).hasSize(3).noneMatch(Details::isOpened);
        assertThat(details.get(1).getSummaryText()).isEqualTo("Deux");
    }

    @Test
    void calloutsSayTheirKindInTheSharedWords() {
        Component note =
                blocks.component(
                        new LessonBlock.Callout(
                                LessonBlock.Callout.Kind.ARTICLE, "Titre", "<p>Texte</p>"));
        assertThat(attribute(note, "data-block")).isEqualTo("callout");
        assertThat(attribute(note, "data-kind")).isEqualTo("article");
        assertThat(attribute(note, "role")).isEqualTo("note");
        assertThat(note.getElement().getTextRecursively())
                .contains(WORDS.get("block.callout.article"), "Titre");
    }

    @Test
    void theFigureIsOneImageNamedByItsAltTextWithEveryTextEscaped() {
        var html =
                (Html)
                        blocks.component(
                                new LessonBlock.Figure(
                                        "media/a.svg",
                                        "<svg viewBox=\"0 0 1 1\"></svg>",
                                        "Un \"schéma\" <simple>",
                                        "Légende & co",
                                        "<p>Longue</p>"));
        String inner = html.getInnerHtml();
        assertThat(attribute(html, "data-block")).isEqualTo("figure");
        assertThat(inner)
                .contains(
                        "<svg role=\"img\" aria-label=\"Un &quot;schéma&quot; &lt;simple&gt;\"",
                        "<figcaption>Légende &amp; co</figcaption>",
                        WORDS.get("block.figure.description"),
                        "<p>Longue</p>");
    }

    @Test
    void checksAndScenariosShowTheirPromptUntilTheirKeeperDrawsThem() {
        Component check =
                blocks.component(
                        new LessonBlock.Check(
                                "chk",
                                "Quelle cellule ?",
                                false,
                                List.of(new LessonBlock.CheckChoice("a", "A", true, "Oui."))));
        assertThat(attribute(check, "data-block")).isEqualTo("check");
        assertThat(attribute(check, "data-block-id")).isEqualTo("chk");
        assertThat(check.getElement().getTextRecursively()).isEqualTo("Quelle cellule ?");
    }
}
