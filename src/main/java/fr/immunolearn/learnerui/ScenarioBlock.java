package fr.immunolearn.learnerui;

import com.vaadin.flow.component.Html;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import fr.immunolearn.course.LessonBlock;
import java.util.ArrayList;
import java.util.List;

/**
 * A scenario: the situation, one button per choice, and, once one is chosen, its consequence and
 * explanation in a polite live region with a "try another choice" button that brings the choices
 * back, focus on the one just explored. The choices explored are not kept: a scenario counts for
 * nothing and is there to be explored again (the player does the same, see checks.js).
 */
class ScenarioBlock extends Div {

    private final LessonBlock.Scenario scenario;
    private final LessonBlocks.Words words;
    private final Div choices = new Div();
    private final Div outcome = new Div();
    private final Button again;
    private final List<Button> buttons = new ArrayList<>();
    private int last;

    ScenarioBlock(LessonBlock.Scenario scenario, LessonBlocks.Words words) {
        this.scenario = scenario;
        this.words = words;
        addClassNames("block", "block-scenario");
        getElement().setAttribute("data-block", "scenario");
        getElement().setAttribute("data-block-id", scenario.id());
        Html situation =
                new Html(
                        "<div class=\"scenario-situation\" id=\"situation-"
                                + scenario.id()
                                + "\">"
                                + scenario.situationHtml()
                                + "</div>");
        choices.addClassName("scenario-choices");
        choices.getElement().setAttribute("role", "group");
        choices.getElement().setAttribute("aria-labelledby", "situation-" + scenario.id());
        for (int i = 0; i < scenario.choices().size(); i++) {
            int index = i;
            Button button = new Button(scenario.choices().get(i).text(), event -> choose(index));
            button.addClassName("scenario-choice");
            button.getElement().setAttribute("data-choice", scenario.choices().get(i).id());
            buttons.add(button);
            choices.add(button);
        }
        outcome.addClassName("scenario-outcome");
        outcome.getElement().setAttribute("aria-live", "polite");
        again = new Button(words.get("block.scenario.again"), event -> back());
        again.addClassName("scenario-again");
        again.setVisible(false);
        add(situation, choices, outcome, again);
    }

    void choose(int index) {
        LessonBlock.ScenarioChoice choice = scenario.choices().get(index);
        last = index;
        buttons.get(index).addClassName("explored");
        choices.setVisible(false);
        outcome.removeAll();
        Paragraph chosen = new Paragraph(words.get("block.scenario.chosen", choice.text()));
        chosen.addClassName("scenario-chosen");
        outcome.add(
                chosen,
                part("scenario-consequence", "block.scenario.consequence", choice.consequence()),
                part("scenario-explanation", "block.scenario.explanation", choice.explanation()));
        again.setVisible(true);
        again.focus();
    }

    void back() {
        outcome.removeAll();
        again.setVisible(false);
        choices.setVisible(true);
        buttons.get(last).focus();
    }

    private Paragraph part(String className, String heading, String text) {
        Span title = new Span(words.get(heading));
        title.addClassName("scenario-heading");
        Paragraph paragraph = new Paragraph(title, new Span(" " + text));
        paragraph.addClassName(className);
        return paragraph;
    }

    boolean choicesShown() {
        return choices.isVisible();
    }

    boolean tryAnotherShown() {
        return again.isVisible();
    }

    String said() {
        return outcome.getElement().getTextRecursively();
    }
}
