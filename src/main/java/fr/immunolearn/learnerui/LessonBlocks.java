package fr.immunolearn.learnerui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.Html;
import com.vaadin.flow.component.Text;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.details.Details;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.tabs.Tab;
import com.vaadin.flow.component.tabs.Tabs;
import fr.immunolearn.course.LessonBlock;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Turns a lesson block into the components a learner reads and uses: the app's renderer of the
 * blocks, with the same behaviour and DOM contract as the player's {@code scorm/blocks.js} (each
 * root carries {@code data-block}; the interactive parts carry their ARIA role and state in the
 * light DOM, where one Selenium test finds them in both renderers).
 *
 * <p>Inline checks and scenarios are exercises with a state of their own: they are drawn by a
 * {@link LessonExercises}, not here.
 */
public final class LessonBlocks {

    /** The app's words, as {@code Component.getTranslation} gives them. */
    @FunctionalInterface
    public interface Words {
        String get(String key, Object... arguments);
    }

    /**
     * Draws the blocks the learner answers (check, scenario), whose answers are kept. Until an
     * implementation keeps them, {@link #promptsOnly()} shows their prompt alone.
     */
    public interface LessonExercises {
        Component check(LessonBlock.Check check);

        Component scenario(LessonBlock.Scenario scenario);

        /** Only the question or situation, without the choices: nothing to answer, nothing kept. */
        static LessonExercises promptsOnly() {
            return new LessonExercises() {
                @Override
                public Component check(LessonBlock.Check check) {
                    Div root = root(check);
                    root.getElement().setAttribute("data-block-id", check.id());
                    root.add(new Paragraph(check.prompt()));
                    return root;
                }

                @Override
                public Component scenario(LessonBlock.Scenario scenario) {
                    Div root = root(scenario);
                    root.getElement().setAttribute("data-block-id", scenario.id());
                    root.add(markup(scenario.situationHtml()));
                    return root;
                }
            };
        }
    }

    private final Words words;
    private final LessonExercises exercises;
    // ids unique in the page, for aria-controls and aria-labelledby
    private final AtomicInteger ids = new AtomicInteger();

    public LessonBlocks(Words words, LessonExercises exercises) {
        this.words = words;
        this.exercises = exercises;
    }

    public Component component(LessonBlock block) {
        if (block instanceof LessonBlock.Prose prose) {
            return html("prose passage-body", prose.html());
        } else if (block instanceof LessonBlock.Callout callout) {
            return callout(callout);
        } else if (block instanceof LessonBlock.Accordion accordion) {
            return accordion(accordion);
        } else if (block instanceof LessonBlock.Tabs tabs) {
            return tabs(tabs);
        } else if (block instanceof LessonBlock.FlipCards cards) {
            return flipCards(cards);
        } else if (block instanceof LessonBlock.Steps steps) {
            return new Steps(steps, words);
        } else if (block instanceof LessonBlock.Figure figure) {
            return figure(figure);
        } else if (block instanceof LessonBlock.Check check) {
            return exercises.check(check);
        } else if (block instanceof LessonBlock.Scenario scenario) {
            return exercises.scenario(scenario);
        }
        throw new IllegalArgumentException("no component for a " + block.type() + " block");
    }

    private Component callout(LessonBlock.Callout callout) {
        String kind = callout.kind().name().toLowerCase(Locale.ROOT);
        Div root = root(callout);
        root.addClassName("callout-" + kind);
        root.getElement().setAttribute("data-kind", kind);
        root.getElement().setAttribute("role", "note");
        String titleId = id("callout");
        Span kindWord = new Span(words.get("block.callout." + kind));
        kindWord.addClassName("callout-kind");
        Paragraph title = new Paragraph(kindWord);
        if (!callout.title().isEmpty()) {
            Span heading = new Span(callout.title());
            heading.addClassName("callout-heading");
            title.add(new Text(" "), heading);
        }
        title.addClassName("callout-title");
        title.setId(titleId);
        root.getElement().setAttribute("aria-labelledby", titleId);
        root.add(title, html("callout-body", callout.html()));
        return root;
    }

    private Component accordion(LessonBlock.Accordion accordion) {
        Div root = root(accordion);
        for (LessonBlock.Panel panel : accordion.panels()) {
            Details details = new Details(panel.title(), html("accordion-panel", panel.html()));
            details.addClassName("accordion-item");
            root.add(details);
        }
        return root;
    }

    private Component tabs(LessonBlock.Tabs tabs) {
        return new TabbedPanels(tabs, this::id);
    }

    /**
     * Tabs over panels that all stay in the page, one shown at a time. Not a {@code TabSheet}: Flow
     * sends a hidden component's content to no one, so a TabSheet's other tabs would be missing
     * from a printed page, which must show them all.
     */
    static final class TabbedPanels extends Div {
        private final Tabs tabs = new Tabs();
        private final List<Div> panels = new ArrayList<>();

        TabbedPanels(LessonBlock.Tabs block, java.util.function.Function<String, String> ids) {
            getElement().setAttribute("data-block", block.type());
            addClassNames("block", "block-tabs");
            add(tabs);
            for (LessonBlock.Panel panel : block.panels()) {
                Tab tab = new Tab(panel.title());
                String tabId = ids.apply("tab");
                String panelId = ids.apply("tabpanel");
                tab.setId(tabId);
                tab.getElement().setAttribute("aria-controls", panelId);
                tabs.add(tab);
                Div content = html("tab-panel", panel.html());
                content.setId(panelId);
                content.getElement().setAttribute("role", "tabpanel");
                content.getElement().setAttribute("aria-labelledby", tabId);
                content.getElement().setAttribute("tabindex", "0");
                panels.add(content);
                add(content);
            }
            tabs.addSelectedChangeListener(event -> show(tabs.getSelectedIndex()));
            // The arrow keys move the focus along the tabs; the tab focused is the tab shown, as in
            // the player (WAI-ARIA's tabs with automatic activation).
            tabs.getElement()
                    .executeJs(
                            """
                    this.addEventListener('keyup', e => {
                      const tab = document.activeElement;
                      if (['ArrowLeft', 'ArrowRight', 'Home', 'End'].includes(e.key) && tab
                          && tab.localName === 'vaadin-tab' && this.contains(tab) && !tab.selected) {
                        tab.click();
                      }
                    });""");
            show(0);
        }

        int selected() {
            return tabs.getSelectedIndex();
        }

        void select(int index) {
            tabs.setSelectedIndex(index);
        }

        List<String> titles() {
            return tabs.getChildren().map(c -> ((Tab) c).getLabel()).toList();
        }

        List<Boolean> shown() {
            return panels.stream().map(p -> !p.hasClassName(CONCEALED)).toList();
        }

        private void show(int index) {
            for (int i = 0; i < panels.size(); i++) {
                conceal(panels.get(i), i != index);
            }
        }
    }

    private Component flipCards(LessonBlock.FlipCards cards) {
        Div root = root(cards);
        Paragraph hint = new Paragraph(words.get("block.flipcards.hint"));
        hint.addClassName("flipcards-hint");
        UnorderedList list = new UnorderedList();
        list.addClassName("flipcards-list");
        for (LessonBlock.FlipCard card : cards.cards()) {
            list.add(new FlipCard(card));
        }
        root.add(hint, list);
        return root;
    }

    /** One card: a button showing the front, pressed while the back (beside it) is shown. */
    static final class FlipCard extends ListItem {
        private final Button front;
        private final Div back;

        FlipCard(LessonBlock.FlipCard card) {
            addClassName("flipcard-item");
            front = new Button(card.front(), event -> turn());
            front.addClassName("flipcard");
            back = html("flipcard-back", card.backHtml());
            show(false);
            add(front, back);
        }

        void turn() {
            show(!turned());
        }

        boolean turned() {
            return !back.hasClassName(CONCEALED);
        }

        Button front() {
            return front;
        }

        private void show(boolean turned) {
            conceal(back, !turned);
            front.getElement().setAttribute("aria-pressed", String.valueOf(turned));
        }
    }

    /** A process shown one step at a time, with its place ("2 / 4") and the way back and on. */
    static final class Steps extends Div {
        private final List<Div> items = new ArrayList<>();
        private final Paragraph progress = new Paragraph();
        private final Button previous;
        private final Button next;
        private final Words words;
        private int current;

        Steps(LessonBlock.Steps steps, Words words) {
            this.words = words;
            getElement().setAttribute("data-block", steps.type());
            addClassNames("block", "block-steps");
            progress.addClassName("steps-progress");
            progress.getElement().setAttribute("aria-live", "polite");
            add(progress);
            for (LessonBlock.Panel step : steps.steps()) {
                Div item = new Div(new H3(step.title()), html("step-body", step.html()));
                item.addClassName("step");
                items.add(item);
                add(item);
            }
            previous = new Button(words.get("block.steps.previous"), event -> show(current - 1));
            previous.addClassName("steps-previous");
            next = new Button(words.get("block.steps.next"), event -> show(current + 1));
            next.addClassName("steps-next");
            Div navigation = new Div(previous, next);
            navigation.addClassName("steps-nav");
            add(navigation);
            show(0);
        }

        int current() {
            return current;
        }

        String progress() {
            return progress.getText();
        }

        Button previous() {
            return previous;
        }

        Button next() {
            return next;
        }

        private void show(int index) {
            if (index < 0 || index >= items.size()) {
                return;
            }
            current = index;
            for (int i = 0; i < items.size(); i++) {
                conceal(items.get(i), i != current);
            }
            progress.setText(words.get("block.steps.progress", current + 1, items.size()));
            previous.setEnabled(current > 0);
            next.setEnabled(current < items.size() - 1);
        }
    }

    private Component figure(LessonBlock.Figure figure) {
        StringBuilder html =
                new StringBuilder("<figure data-block=\"figure\" class=\"block block-figure\">");
        html.append("<div class=\"figure-image\">")
                .append(labelled(figure.svg(), figure.alt()))
                .append("</div>");
        if (!figure.caption().isEmpty()) {
            html.append("<figcaption>").append(escape(figure.caption())).append("</figcaption>");
        }
        if (!figure.descriptionHtml().isEmpty()) {
            html.append("<details class=\"figure-description\"><summary>")
                    .append(escape(words.get("block.figure.description")))
                    .append("</summary><div>")
                    .append(figure.descriptionHtml())
                    .append("</div></details>");
        }
        return new Html(html.append("</figure>").toString());
    }

    /** The sanitised SVG with its text alternative, as one image for assistive technologies. */
    static String labelled(String svg, String alt) {
        int start = svg.indexOf("<svg");
        if (start < 0) {
            return svg;
        }
        int at = start + "<svg".length();
        return svg.substring(0, at)
                + " role=\"img\" aria-label=\""
                + escape(alt)
                + "\" focusable=\"false\""
                + svg.substring(at);
    }

    static String escape(String text) {
        return text.replace("&", "&amp;")
                .replace("<", "&lt;")
                .replace(">", "&gt;")
                .replace("\"", "&quot;");
    }

    private String id(String prefix) {
        return "block-" + prefix + "-" + ids.incrementAndGet();
    }

    /**
     * Marks a part of a block as not shown now (a step, a card's back, a tab's panel). A class, not
     * {@code setVisible(false)}: Flow leaves an invisible component's content out of the page, and
     * a printed page shows every part (the stylesheet's print rules).
     */
    static final String CONCEALED = "concealed";

    static void conceal(Component part, boolean concealed) {
        part.setClassName(CONCEALED, concealed);
    }

    private static Div root(LessonBlock block) {
        Div root = new Div();
        root.getElement().setAttribute("data-block", block.type());
        root.addClassNames("block", "block-" + block.type());
        return root;
    }

    /** The course's own HTML, sanitised by the loader, in one element. */
    private static Div html(String className, String html) {
        Div div = new Div(markup(html));
        div.addClassNames(className.split(" "));
        return div;
    }

    /**
     * A {@code <div>} holding the course's own HTML (sanitised by the loader), set as its innerHTML
     * from the model's own string. Not {@code Html}: it re-parses the markup and keeps a copy of it
     * per component, so every learner's session held its own copy of every text of the lesson (the
     * benchmark's heap per session on a lesson).
     */
    static Div markup(String html) {
        Div div = new Div();
        div.getElement().setProperty("innerHTML", html);
        return div;
    }
}
