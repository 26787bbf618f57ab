package fr.immunolearn.course;

import java.util.List;
import java.util.stream.Stream;

/**
 * One part of a passage's body: prose, or an interactive block written in the lesson's Markdown as
 * a {@code :::} container (syntax in {@code content/README.md}). Every HTML field is sanitised by
 * the loader; every plain-text field is text, to be escaped by whoever renders it. Both renderers,
 * the app and the SCORM player, show each type with the same behaviour.
 */
public sealed interface LessonBlock {

    /**
     * The block's type as written after {@code :::}, and as the renderers name it ({@code
     * data-block}).
     */
    String type();

    /**
     * Every text the block shows, HTML or plain, in reading order: what the content's own checks
     * (typography, attribution, fidelity to the article) read.
     */
    List<String> texts();

    /** Paragraphs, lists and the like: sanitised HTML. */
    record Prose(String html) implements LessonBlock {
        @Override
        public String type() {
            return "prose";
        }

        @Override
        public List<String> texts() {
            return List.of(html);
        }
    }

    /** A box set apart from the prose: a note, a warning, or what the article says. */
    record Callout(Kind kind, String title, String html) implements LessonBlock {

        /** The three kinds of callout; {@code ARTICLE} attributes what follows to the article. */
        public enum Kind {
            NOTE,
            WARNING,
            ARTICLE
        }

        @Override
        public String type() {
            return "callout";
        }

        @Override
        public List<String> texts() {
            return List.of(title, html);
        }
    }

    /** A titled piece of an accordion, of tabs or of steps. */
    record Panel(String title, String html) {}

    /** Panels the learner opens and closes, any number at once. */
    record Accordion(List<Panel> panels) implements LessonBlock {
        public Accordion {
            panels = List.copyOf(panels);
        }

        @Override
        public String type() {
            return "accordion";
        }

        @Override
        public List<String> texts() {
            return titledTexts(panels);
        }
    }

    /** Panels of which one is shown at a time, chosen by its tab. */
    record Tabs(List<Panel> panels) implements LessonBlock {
        public Tabs {
            panels = List.copyOf(panels);
        }

        @Override
        public String type() {
            return "tabs";
        }

        @Override
        public List<String> texts() {
            return titledTexts(panels);
        }
    }

    /**
     * A card: a term or a question on the front (plain text), its explanation on the back (HTML).
     */
    record FlipCard(String front, String backHtml) {}

    /** Cards the learner turns over one by one. */
    record FlipCards(List<FlipCard> cards) implements LessonBlock {
        public FlipCards {
            cards = List.copyOf(cards);
        }

        @Override
        public String type() {
            return "flipcards";
        }

        @Override
        public List<String> texts() {
            return cards.stream().flatMap(c -> Stream.of(c.front(), c.backHtml())).toList();
        }
    }

    /** A process shown one step at a time, in order. */
    record Steps(List<Panel> steps) implements LessonBlock {
        public Steps {
            steps = List.copyOf(steps);
        }

        @Override
        public String type() {
            return "steps";
        }

        @Override
        public List<String> texts() {
            return titledTexts(steps);
        }
    }

    /**
     * A diagram from {@code content/<lang>/media/}.
     *
     * @param file the file's path relative to the edition's folder, e.g. {@code
     *     media/lymphocytes.svg}
     * @param svg the sanitised SVG markup, ready to be inlined
     * @param alt the short text alternative
     * @param caption shown under the figure; may be empty
     * @param descriptionHtml the longer description, for those who cannot see the figure
     */
    record Figure(String file, String svg, String alt, String caption, String descriptionHtml)
            implements LessonBlock {
        @Override
        public String type() {
            return "figure";
        }

        @Override
        public List<String> texts() {
            return List.of(alt, caption, descriptionHtml);
        }
    }

    /** A choice of a knowledge check, with what the learner reads after choosing it. */
    record CheckChoice(String id, String text, boolean correct, String feedback) {}

    /**
     * An ungraded knowledge check inside a lesson: it counts for the lesson being read, never for a
     * score.
     *
     * @param id unique in the course, stable across editions (the learner's answer is kept under
     *     it)
     * @param multiple whether several choices may be right (checkboxes) or exactly one (radios)
     */
    record Check(String id, String prompt, boolean multiple, List<CheckChoice> choices)
            implements LessonBlock {
        public Check {
            choices = List.copyOf(choices);
        }

        @Override
        public String type() {
            return "check";
        }

        @Override
        public List<String> texts() {
            return Stream.concat(
                            Stream.of(prompt),
                            choices.stream().flatMap(c -> Stream.of(c.text(), c.feedback())))
                    .toList();
        }
    }

    /** A choice of a scenario: what follows from it, and why. */
    record ScenarioChoice(String id, String text, String consequence, String explanation) {}

    /** A short situation with two to four choices; the learner may go back and try another. */
    record Scenario(String id, String situationHtml, List<ScenarioChoice> choices)
            implements LessonBlock {
        public Scenario {
            choices = List.copyOf(choices);
        }

        @Override
        public String type() {
            return "scenario";
        }

        @Override
        public List<String> texts() {
            return Stream.concat(
                            Stream.of(situationHtml),
                            choices.stream()
                                    .flatMap(
                                            c ->
                                                    Stream.of(
                                                            c.text(),
                                                            c.consequence(),
                                                            c.explanation())))
                    .toList();
        }
    }

    private static List<String> titledTexts(List<Panel> panels) {
        return panels.stream().flatMap(panel -> Stream.of(panel.title(), panel.html())).toList();
    }
}
