package fr.immunolearn.course.loading;

import fr.immunolearn.course.LessonBlock;
import fr.immunolearn.course.LessonBlock.Callout;
import fr.immunolearn.course.LessonBlock.CheckChoice;
import fr.immunolearn.course.LessonBlock.FlipCard;
import fr.immunolearn.course.LessonBlock.Panel;
import fr.immunolearn.course.LessonBlock.ScenarioChoice;
import fr.immunolearn.course.loading.Containers.Container;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.commonmark.node.Node;
import org.jsoup.Jsoup;

/**
 * Turns one {@code :::} container of a passage into a {@link LessonBlock}, reporting every part
 * that is missing, unknown or malformed at the line and column where it is written (the syntax is
 * in {@code content/README.md}).
 */
final class BlockReader {

    static final Pattern BLOCK_ID = Pattern.compile("[a-z0-9][a-z0-9-]*");
    private static final Pattern ATTRIBUTE =
            Pattern.compile("\\G\\s*(?:#([^\\s}\"=]*)|([A-Za-z][A-Za-z0-9-]*)=\"([^\"]*)\")");

    /**
     * Each type written after {@code :::}: the attributes it takes and, for a holder, the part it
     * holds.
     */
    private record Grammar(Set<String> attributes, boolean hasId, String part, String parts) {}

    private static final Map<String, Grammar> BLOCKS =
            Map.of(
                    "callout", new Grammar(Set.of("kind", "title"), false, null, null),
                    "accordion", new Grammar(Set.of(), false, "panel", "panels"),
                    "tabs", new Grammar(Set.of(), false, "tab", "tabs"),
                    "steps", new Grammar(Set.of(), false, "step", "steps"),
                    "flipcards", new Grammar(Set.of(), false, "card", "cards"),
                    "figure", new Grammar(Set.of("file", "alt", "caption"), false, null, null),
                    "check", new Grammar(Set.of("multiple"), true, "choice", "choices"),
                    "scenario", new Grammar(Set.of(), true, "choice", "choices"));

    private static final Map<String, Grammar> PARTS =
            Map.of(
                    "accordion", new Grammar(Set.of("title"), false, null, null),
                    "tabs", new Grammar(Set.of("title"), false, null, null),
                    "steps", new Grammar(Set.of("title"), false, null, null),
                    "flipcards", new Grammar(Set.of("front"), false, null, null),
                    "check", new Grammar(Set.of("correct", "feedback"), true, null, null),
                    "scenario",
                            new Grammar(Set.of("consequence", "explanation"), true, null, null));

    /** What the lesson reader gives a block: its Markdown rendered as the rest of the lesson is. */
    interface Markdown {
        /** Sanitised HTML of these nodes, with glossary terms and typography. */
        String html(List<Node> nodes);

        /** Plain text of these nodes, with typography. */
        String plain(List<Node> nodes);

        /** The 1-based line where a node starts in the lesson file. */
        int line(Node node);
    }

    private final String file;
    private final Problems problems;
    private final Typography typography;
    private final Markdown markdown;
    private final Figures figures;
    private final Map<String, Location> blockIds;

    BlockReader(
            String file,
            Problems problems,
            Typography typography,
            Markdown markdown,
            Figures figures,
            Map<String, Location> blockIds) {
        this.file = file;
        this.problems = problems;
        this.typography = typography;
        this.markdown = markdown;
        this.figures = figures;
        this.blockIds = blockIds;
    }

    static boolean isBlockType(String type) {
        return BLOCKS.containsKey(type);
    }

    static String knownTypes() {
        return String.join(", ", new TreeSet<>(BLOCKS.keySet()));
    }

    /** Where a container starts: its line and the column of its first colon. */
    Location at(Container container) {
        return new Location(markdown.line(container), container.column);
    }

    Optional<LessonBlock> read(Container container) {
        Grammar grammar = BLOCKS.get(container.type);
        if (grammar == null) {
            unknown(container, null);
            return Optional.empty();
        }
        Attributes attributes = attributes(container, grammar);
        return Optional.ofNullable(
                switch (container.type) {
                    case "callout" -> callout(container, attributes);
                    case "accordion" -> new LessonBlock.Accordion(panels(container, grammar));
                    case "tabs" -> new LessonBlock.Tabs(panels(container, grammar));
                    case "steps" -> new LessonBlock.Steps(panels(container, grammar));
                    case "flipcards" -> new LessonBlock.FlipCards(cards(container, grammar));
                    case "figure" -> figure(container, attributes);
                    case "check" -> check(container, grammar, attributes);
                    default -> scenario(container, grammar, attributes);
                });
    }

    private Callout callout(Container container, Attributes attributes) {
        refuseContainers(container);
        String kind = attributes.value("kind");
        Callout.Kind parsed = null;
        if (kind == null) {
            report(
                    at(container),
                    "callout has no kind: write :::callout{kind=\"note\"}, \"warning\" or \"article\"");
        } else {
            try {
                parsed = Callout.Kind.valueOf(kind.toUpperCase(Locale.ROOT));
            } catch (IllegalArgumentException e) {
                report(
                        attributes.at("kind"),
                        "callout kind \"" + kind + "\" is not one of note, warning, article");
            }
        }
        String html = html(container);
        if (blank(html)) {
            report(at(container), "callout has no text");
        }
        return parsed == null ? null : new Callout(parsed, text(attributes.value("title")), html);
    }

    private List<Panel> panels(Container container, Grammar grammar) {
        List<Panel> panels = new ArrayList<>();
        for (Container part : parts(container, grammar)) {
            Attributes attributes = attributes(part, PARTS.get(container.type));
            String title = text(attributes.value("title"));
            if (title.isBlank()) {
                report(
                        at(part),
                        part.type + " has no title: write :::" + part.type + "{title=\"…\"}");
            }
            refuseContainers(part);
            String html = html(part);
            if (blank(html)) {
                report(at(part), part.type + " \"" + title + "\" has no text");
            }
            panels.add(new Panel(title, html));
        }
        return panels;
    }

    private List<FlipCard> cards(Container container, Grammar grammar) {
        List<FlipCard> cards = new ArrayList<>();
        for (Container part : parts(container, grammar)) {
            Attributes attributes = attributes(part, PARTS.get(container.type));
            String front = text(attributes.value("front"));
            if (front.isBlank()) {
                report(at(part), "flip card has no front: write :::card{front=\"…\"}");
            }
            refuseContainers(part);
            String back = html(part);
            if (blank(back)) {
                report(
                        at(part),
                        "flip card \""
                                + front
                                + "\" has no back: write the back as the card's text");
            }
            cards.add(new FlipCard(front, back));
        }
        return cards;
    }

    private LessonBlock.Figure figure(Container container, Attributes attributes) {
        refuseContainers(container);
        String file = attributes.value("file");
        String alt = text(attributes.value("alt"));
        String description = html(container);
        Optional<String> svg = Optional.empty();
        if (file == null || file.isBlank()) {
            report(
                    at(container),
                    "figure has no file: write :::figure{file=\"media/….svg\" alt=\"…\"}");
        } else {
            svg = figures.svg(file, this.file, attributes.at("file"));
        }
        if (alt.isBlank()) {
            report(
                    at(container),
                    "figure has no alt text: add alt=\"…\", what the figure shows in a few words");
        }
        if (blank(description)) {
            report(
                    at(container),
                    "figure has no long description: write it as the figure's text,"
                            + " for learners who cannot see it");
        }
        return svg.map(
                        markup ->
                                new LessonBlock.Figure(
                                        file,
                                        markup,
                                        alt,
                                        text(attributes.value("caption")),
                                        description))
                .orElse(null);
    }

    private LessonBlock.Check check(Container container, Grammar grammar, Attributes attributes) {
        String id = blockId(container, attributes);
        boolean multiple = attributes.bool("multiple", false);
        String prompt = markdown.plain(prose(container));
        if (prompt.isBlank()) {
            report(
                    at(container),
                    "check \"" + id + "\" has no question: write it before its choices");
        }
        List<CheckChoice> choices = new ArrayList<>();
        Map<String, Location> choiceIds = new LinkedHashMap<>();
        for (Container part : parts(container, grammar)) {
            Attributes choice = attributes(part, PARTS.get(container.type));
            String choiceId = choiceId(part, choice, choiceIds);
            String text = choiceText(part);
            String feedback = text(choice.value("feedback"));
            if (feedback.isBlank()) {
                report(
                        at(part),
                        "choice \""
                                + choiceId
                                + "\" has no feedback: add feedback=\"…\","
                                + " what the learner reads after choosing it");
            }
            choices.add(new CheckChoice(choiceId, text, choice.bool("correct", false), feedback));
        }
        if (choices.size() == 1) {
            report(at(container), "check \"" + id + "\" has one choice: offer at least two");
        }
        long correct = choices.stream().filter(CheckChoice::correct).count();
        if (!choices.isEmpty() && correct == 0) {
            report(
                    at(container),
                    "check \"" + id + "\" has no correct answer: mark one with correct=\"true\"");
        } else if (!multiple && correct > 1) {
            report(
                    at(container),
                    "check \""
                            + id
                            + "\" has "
                            + correct
                            + " correct answers but is single-choice:"
                            + " mark exactly one, or write multiple=\"true\"");
        }
        return new LessonBlock.Check(id, prompt, multiple, choices);
    }

    private LessonBlock.Scenario scenario(
            Container container, Grammar grammar, Attributes attributes) {
        String id = blockId(container, attributes);
        String situation = markdown.html(prose(container));
        if (blank(situation)) {
            report(
                    at(container),
                    "scenario \"" + id + "\" has no situation: describe it before its choices");
        }
        List<ScenarioChoice> choices = new ArrayList<>();
        Map<String, Location> choiceIds = new LinkedHashMap<>();
        for (Container part : parts(container, grammar)) {
            Attributes choice = attributes(part, PARTS.get(container.type));
            String choiceId = choiceId(part, choice, choiceIds);
            String text = choiceText(part);
            String consequence = text(choice.value("consequence"));
            String explanation = text(choice.value("explanation"));
            if (consequence.isBlank()) {
                report(
                        at(part),
                        "choice \""
                                + choiceId
                                + "\" has no consequence: add consequence=\"…\","
                                + " what follows from it");
            }
            if (explanation.isBlank()) {
                report(
                        at(part),
                        "choice \""
                                + choiceId
                                + "\" has no explanation: add explanation=\"…\", why");
            }
            choices.add(new ScenarioChoice(choiceId, text, consequence, explanation));
        }
        if (choices.size() < 2 || choices.size() > 4) {
            report(
                    at(container),
                    "scenario \""
                            + id
                            + "\" has "
                            + choices.size()
                            + " choice"
                            + (choices.size() == 1 ? "" : "s")
                            + ": a scenario offers 2 to 4");
        }
        return new LessonBlock.Scenario(id, situation, choices);
    }

    /** The parts a holder lists; anything else inside it is reported. */
    private List<Container> parts(Container container, Grammar grammar) {
        List<Container> parts = new ArrayList<>();
        boolean promptAllowed = grammar.hasId();
        for (Node child = container.getFirstChild(); child != null; child = child.getNext()) {
            if (child instanceof Container part) {
                if (part.type.equals(grammar.part())) {
                    parts.add(part);
                } else {
                    unknown(part, container);
                }
            } else if (!promptAllowed && !(child instanceof Containers.StrayFence)) {
                report(
                        new Location(markdown.line(child), 1),
                        "text inside '"
                                + fence(container)
                                + "' goes in a ':::"
                                + grammar.part()
                                + "{…}'");
            }
        }
        if (parts.isEmpty()) {
            report(
                    at(container),
                    container.type
                            + " has no "
                            + grammar.parts()
                            + ": put ':::"
                            + grammar.part()
                            + "' containers inside '"
                            + fence(container)
                            + "'");
        }
        return parts;
    }

    /**
     * A container nested where none belongs: an unknown type, or a known one in the wrong place.
     */
    private void unknown(Container container, Container parent) {
        if (BLOCKS.containsKey(container.type) || isPart(container.type)) {
            report(
                    at(container),
                    "':::"
                            + container.type
                            + "' cannot go "
                            + (parent == null
                                    ? "directly in a passage"
                                    : "inside '" + fence(parent) + "'")
                            + placeOf(container.type));
        } else {
            report(
                    at(container),
                    "unknown block type ':::" + container.type + "' (known: " + knownTypes() + ")");
        }
    }

    private static boolean isPart(String type) {
        return BLOCKS.values().stream().anyMatch(g -> type.equals(g.part()));
    }

    private static String placeOf(String type) {
        List<String> holders =
                BLOCKS.entrySet().stream()
                        .filter(e -> type.equals(e.getValue().part()))
                        .map(Map.Entry::getKey)
                        .sorted()
                        .toList();
        return holders.isEmpty()
                ? ""
                : " (it goes inside ::::" + String.join(" or ::::", holders) + ")";
    }

    private void refuseContainers(Container container) {
        for (Node child = container.getFirstChild(); child != null; child = child.getNext()) {
            if (child instanceof Container nested) {
                unknown(nested, container);
            }
        }
    }

    private List<Node> prose(Container container) {
        List<Node> nodes = new ArrayList<>();
        for (Node child = container.getFirstChild(); child != null; child = child.getNext()) {
            if (!(child instanceof Container) && !(child instanceof Containers.StrayFence)) {
                nodes.add(child);
            }
        }
        return nodes;
    }

    private String html(Container container) {
        return markdown.html(prose(container));
    }

    private String choiceText(Container part) {
        refuseContainers(part);
        String text = markdown.plain(prose(part));
        if (text.isBlank()) {
            report(at(part), "choice has no text: write it inside ':::choice'");
        }
        return text;
    }

    private String blockId(Container container, Attributes attributes) {
        String id = attributes.id();
        if (id == null) {
            report(
                    at(container),
                    container.type
                            + " has no id: write "
                            + fence(container)
                            + "{#"
                            + container.type
                            + "-id}");
            return "";
        }
        Location at = attributes.at("#");
        if (!BLOCK_ID.matcher(id).matches()) {
            report(
                    at,
                    "block id \""
                            + id
                            + "\" must use lower-case letters, digits and '-',"
                            + " starting with a letter or digit");
        } else {
            Location earlier = blockIds.putIfAbsent(id, at);
            if (earlier != null) {
                report(
                        at,
                        "duplicate block id \""
                                + id
                                + "\" (already used at line "
                                + earlier.line()
                                + ")");
            }
        }
        return id;
    }

    private String choiceId(Container part, Attributes attributes, Map<String, Location> seen) {
        String id = attributes.id();
        if (id == null) {
            report(at(part), "choice has no id: write :::choice{#choice-id}");
            return "";
        }
        Location at = attributes.at("#");
        if (!BLOCK_ID.matcher(id).matches()) {
            report(
                    at,
                    "choice id \""
                            + id
                            + "\" must use lower-case letters, digits and '-',"
                            + " starting with a letter or digit");
        } else {
            Location earlier = seen.putIfAbsent(id, at);
            if (earlier != null) {
                report(
                        at,
                        "duplicate choice id \""
                                + id
                                + "\" (already used at line "
                                + earlier.line()
                                + ")");
            }
        }
        return id;
    }

    /** The {@code {#id key="value"}} of a container, each with its column. */
    private final class Attributes {
        private final Map<String, String> values = new LinkedHashMap<>();
        private final Map<String, Location> places = new LinkedHashMap<>();

        String id() {
            return values.get("#");
        }

        String value(String key) {
            return values.get(key);
        }

        Location at(String key) {
            return places.get(key);
        }

        boolean bool(String key, boolean otherwise) {
            String value = values.get(key);
            if (value == null) {
                return otherwise;
            }
            if (!value.equals("true") && !value.equals("false")) {
                report(
                        places.get(key),
                        "attribute '"
                                + key
                                + "' is \""
                                + value
                                + "\": write \"true\" or \"false\"");
                return otherwise;
            }
            return Boolean.parseBoolean(value);
        }
    }

    private Attributes attributes(Container container, Grammar grammar) {
        Attributes attributes = new Attributes();
        String text = container.attributes;
        if (text.isEmpty()) {
            return attributes;
        }
        int line = markdown.line(container);
        if (!text.endsWith("}")) {
            report(
                    new Location(line, container.attributesColumn),
                    "the attributes of '" + fence(container) + "' are not closed by '}'");
            return attributes;
        }
        String inside = text.substring(1, text.length() - 1);
        Matcher matcher = ATTRIBUTE.matcher(inside);
        int end = 0;
        while (matcher.find()) {
            int nameStart = matcher.group(1) != null ? matcher.start(1) - 1 : matcher.start(2);
            Location at = new Location(line, container.attributesColumn + 1 + nameStart);
            String key = matcher.group(1) != null ? "#" : matcher.group(2);
            String value = matcher.group(1) != null ? matcher.group(1) : matcher.group(3);
            end = matcher.end();
            if (key.equals("#") ? !grammar.hasId() : !grammar.attributes().contains(key)) {
                report(
                        at,
                        "unknown attribute '"
                                + (key.equals("#") ? "#" + value : key)
                                + "' on '"
                                + fence(container)
                                + "' (expected: "
                                + expected(grammar)
                                + ")");
                continue;
            }
            if (attributes.values.containsKey(key)) {
                report(at, "attribute '" + key + "' is written twice");
                continue;
            }
            attributes.values.put(key, value);
            attributes.places.put(key, at);
        }
        if (!inside.substring(end).isBlank()) {
            int column =
                    container.attributesColumn
                            + 1
                            + end
                            + (inside.substring(end).length()
                                    - inside.substring(end).stripLeading().length());
            report(
                    new Location(line, column),
                    "cannot read the attributes of '"
                            + fence(container)
                            + "' from here: write {#id name=\"value\" …}");
        }
        return attributes;
    }

    private static String expected(Grammar grammar) {
        List<String> names = new ArrayList<>();
        if (grammar.hasId()) {
            names.add("#id");
        }
        names.addAll(new TreeSet<>(grammar.attributes()));
        return names.isEmpty() ? "none" : String.join(", ", names);
    }

    private static String fence(Container container) {
        return ":".repeat(container.colons) + container.type;
    }

    private String text(String value) {
        return value == null ? "" : typography.apply(value.strip());
    }

    private static boolean blank(String html) {
        return Jsoup.parse(html).text().isBlank();
    }

    private void report(Location at, String message) {
        problems.report(file, at, message);
    }
}
