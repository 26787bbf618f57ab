package fr.immunolearn.course.loading;

import fr.immunolearn.course.GlossaryEntry;
import fr.immunolearn.course.LessonBlock;
import fr.immunolearn.course.Passage;
import fr.immunolearn.course.loading.Containers.Container;
import fr.immunolearn.course.loading.Fields.Located;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.commonmark.node.AbstractVisitor;
import org.commonmark.node.CustomBlock;
import org.commonmark.node.Heading;
import org.commonmark.node.HtmlBlock;
import org.commonmark.node.HtmlInline;
import org.commonmark.node.Image;
import org.commonmark.node.Link;
import org.commonmark.node.Node;
import org.commonmark.node.SourceSpan;
import org.commonmark.node.Text;
import org.commonmark.parser.IncludeSourceSpans;
import org.commonmark.parser.Parser;
import org.commonmark.renderer.html.HtmlRenderer;
import org.commonmark.renderer.text.TextContentRenderer;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Attribute;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.safety.Safelist;

/**
 * Reads one lesson file: YAML front matter, then Markdown whose {@code ## Title {#id concepts="…"}}
 * headings open the passages. Commonmark has no syntax for heading ids, so the trailing attribute
 * block (Pandoc's convention) is read here. Authored HTML is checked for scripts and event
 * handlers, reported with its position, and the rendered HTML is always cleaned by jsoup.
 */
final class LessonReader {

    static final Set<String> FRONT_MATTER_KEYS =
            Set.of("id", "title", "objectives", "concepts", "summary");
    private static final String TERM_SCHEME = "term:";
    private static final String TERM_MARK = "#term:";
    private static final Pattern ATTRIBUTES =
            Pattern.compile("\\s*\\{#([^\\s}]*)((?:\\s+[A-Za-z-]+=\"[^\"]*\")*)\\s*}\\s*$");
    private static final Pattern ATTRIBUTE = Pattern.compile("([A-Za-z-]+)=\"([^\"]*)\"");
    private static final Set<String> FORBIDDEN_TAGS =
            Set.of(
                    "script",
                    "style",
                    "iframe",
                    "frame",
                    "object",
                    "embed",
                    "form",
                    "input",
                    "button",
                    "textarea",
                    "select",
                    "link",
                    "meta",
                    "base",
                    "svg",
                    "math");
    private static final Parser MARKDOWN =
            Parser.builder()
                    .includeSourceSpans(IncludeSourceSpans.BLOCKS_AND_INLINES)
                    .customBlockParserFactory(new Containers.Factory())
                    .build();
    private static final HtmlRenderer HTML = HtmlRenderer.builder().sanitizeUrls(true).build();
    private static final TextContentRenderer PLAIN = TextContentRenderer.builder().build();

    private final String file;
    private final Problems problems;
    private final Typography typography;
    private final Map<String, GlossaryEntry> glossary;
    private final Figures figures;

    LessonReader(
            String file,
            Problems problems,
            Typography typography,
            Map<String, GlossaryEntry> glossary,
            Figures figures) {
        this.file = file;
        this.problems = problems;
        this.typography = typography;
        this.glossary = glossary;
        this.figures = figures;
    }

    /**
     * What a lesson file holds, with where its references are written so they can be checked later.
     *
     * @param blockIds where each check's and scenario's id is written
     * @param blockPlaces where each block of a passage starts, keyed {@link #blockKey}
     */
    record Draft(
            String id,
            Location idAt,
            String title,
            List<String> objectives,
            List<Located<String>> concepts,
            String introHtml,
            List<Passage> passages,
            Map<String, Location> passagePlaces,
            List<Located<String>> passageConcepts,
            List<String> keyPoints,
            List<String> glossaryTerms,
            Map<String, Location> blockIds,
            Map<String, Location> blockPlaces) {}

    /**
     * How a block is named among the places of an edition: its passage and its rank among the
     * passage's blocks.
     */
    static String blockKey(String passageId, int rank) {
        return passageId + "/" + rank;
    }

    Optional<Draft> read(String source) {
        String text = source.replace("\r\n", "\n");
        if (!text.startsWith("---\n")) {
            problems.report(
                    file,
                    Location.START,
                    "a lesson file starts with YAML front matter between '---' lines"
                            + " (id, title, objectives, concepts, summary)");
            return Optional.empty();
        }
        int close = text.indexOf("\n---\n", 3);
        if (close < 0 && text.endsWith("\n---")) {
            close = text.length() - 4;
        }
        if (close < 0) {
            problems.report(file, Location.START, "the front matter is not closed by a '---' line");
            return Optional.empty();
        }
        String frontMatter = text.substring(4, close + 1);
        int bodyFirstLine =
                (int) text.substring(0, Math.min(text.length(), close + 5)).lines().count() + 1;
        String body = close + 5 <= text.length() ? text.substring(close + 5) : "";

        Optional<Fields> front =
                new YamlReader(file, problems)
                        .read(frontMatter, 2)
                        .flatMap(
                                node ->
                                        Fields.of(
                                                node,
                                                FRONT_MATTER_KEYS,
                                                "the lesson's front matter",
                                                file,
                                                problems,
                                                typography));
        if (front.isEmpty()) {
            return Optional.empty();
        }
        Fields fields = front.get();
        String id = fields.id("id");
        Fields lesson = fields.describing("lesson \"" + id + "\"");
        String title = lesson.text("title");
        List<String> objectives = lesson.texts("objectives", true);
        List<Located<String>> concepts = lesson.references("concepts", true);
        List<String> keyPoints = lesson.texts("summary", true);

        Body parsed = new Body(id, bodyFirstLine - 1);
        parsed.read(body);
        return Optional.of(
                new Draft(
                        id,
                        fields.at("id"),
                        title,
                        objectives,
                        concepts,
                        parsed.introHtml,
                        parsed.passages,
                        parsed.passagePlaces,
                        parsed.passageConcepts,
                        keyPoints,
                        List.copyOf(parsed.termsUsed),
                        parsed.blockIds,
                        parsed.blockPlaces));
    }

    /** The Markdown body split into passages. */
    private final class Body implements BlockReader.Markdown {
        private final String lessonId;
        private final int lineShift;
        private final List<Passage> passages = new ArrayList<>();
        private final Map<String, Location> passagePlaces = new java.util.LinkedHashMap<>();
        private final List<Located<String>> passageConcepts = new ArrayList<>();
        private final Set<String> termsUsed = new LinkedHashSet<>();
        private final Map<String, Location> blockIds = new java.util.LinkedHashMap<>();
        private final Map<String, Location> blockPlaces = new java.util.LinkedHashMap<>();
        private final BlockReader blocks;
        private String introHtml = "";
        private int termCount;

        Body(String lessonId, int lineShift) {
            this.lessonId = lessonId;
            this.lineShift = lineShift;
            this.blocks = new BlockReader(file, problems, typography, this, figures, blockIds);
        }

        @Override
        public String html(List<Node> nodes) {
            return render(nodes);
        }

        @Override
        public String plain(List<Node> nodes) {
            StringBuilder text = new StringBuilder();
            nodes.forEach(node -> text.append(PLAIN.render(node).strip()).append(' '));
            return typography.apply(text.toString().strip().replaceAll("\\s+", " "));
        }

        @Override
        public int line(Node node) {
            return where(node).line();
        }

        void read(String markdown) {
            Node document = MARKDOWN.parse(markdown);
            document.accept(new HtmlCheck());
            List<Node> current = new ArrayList<>();
            PassageHead head = null;
            Node child = document.getFirstChild();
            while (child != null) {
                Node next = child.getNext();
                if (child instanceof Heading heading && heading.getLevel() <= 2) {
                    close(head, current);
                    current = new ArrayList<>();
                    head = heading.getLevel() == 2 ? passageHead(heading) : null;
                    if (heading.getLevel() == 1) {
                        problems.report(
                                file,
                                where(heading),
                                "a lesson's title comes from its front matter:"
                                        + " use '## Title {#passage-id}' headings in the body");
                    }
                } else {
                    current.add(child);
                }
                child = next;
            }
            close(head, current);
            if (passages.isEmpty()) {
                problems.report(
                        file,
                        new Location(lineShift + 1, 1),
                        "lesson \""
                                + lessonId
                                + "\" has no passage: open each with '## Title {#passage-id}'");
            }
        }

        private void close(PassageHead head, List<Node> nodes) {
            if (head == null) {
                for (Node node : nodes) {
                    if (node instanceof Container container) {
                        problems.report(
                                file,
                                blocks.at(container),
                                "':::"
                                        + container.type
                                        + "' is before the first passage: blocks go inside a passage");
                    }
                }
                if (passages.isEmpty()) {
                    introHtml =
                            render(
                                    nodes.stream()
                                            .filter(n -> !(n instanceof CustomBlock))
                                            .toList());
                }
                return;
            }
            List<LessonBlock> body = new ArrayList<>();
            List<Node> prose = new ArrayList<>();
            int rank = 0;
            boolean written = false;
            for (Node node : nodes) {
                if (node instanceof Container container) {
                    addProse(body, prose);
                    prose = new ArrayList<>();
                    blockPlaces.putIfAbsent(blockKey(head.id, rank++), blocks.at(container));
                    blocks.read(container).ifPresent(body::add);
                    written = true;
                } else if (!(node instanceof CustomBlock)) {
                    prose.add(node);
                }
            }
            addProse(body, prose);
            // A block that could not be read has its own problems; the passage is not also "without
            // text".
            if (!written
                    && body.stream()
                            .allMatch(
                                    b ->
                                            b.texts().stream()
                                                    .allMatch(
                                                            t ->
                                                                    Jsoup.parse(t)
                                                                            .text()
                                                                            .isBlank()))) {
                problems.report(file, head.at, "passage \"" + head.id + "\" has no text");
            }
            if (passagePlaces.containsKey(head.id)) {
                problems.report(
                        file,
                        head.at,
                        "duplicate passage id \""
                                + head.id
                                + "\" (first at line "
                                + passagePlaces.get(head.id).line()
                                + ")");
                return;
            }
            passagePlaces.put(head.id, head.at);
            passages.add(
                    new Passage(
                            head.id,
                            head.title,
                            head.concepts.stream().map(Located::value).toList(),
                            body));
        }

        private void addProse(List<LessonBlock> body, List<Node> prose) {
            String html = render(prose);
            if (!html.isBlank()) {
                body.add(new LessonBlock.Prose(html));
            }
        }

        private PassageHead passageHead(Heading heading) {
            Location at = where(heading);
            Text last = heading.getLastChild() instanceof Text t ? t : null;
            Matcher attributes = last == null ? null : ATTRIBUTES.matcher(last.getLiteral());
            if (attributes == null || !attributes.find()) {
                problems.report(file, at, "passage heading has no id: end it with {#passage-id}");
                return new PassageHead(
                        "", at, typography.apply(PLAIN.render(heading).strip()), List.of());
            }
            last.setLiteral(last.getLiteral().substring(0, attributes.start()));
            String id = attributes.group(1);
            if (!id.matches("[a-z0-9][a-z0-9_-]{0,63}")) {
                problems.report(
                        file,
                        at,
                        "passage id \""
                                + id
                                + "\" must use lower-case letters, digits, '-' or '_'");
            }
            List<Located<String>> concepts = new ArrayList<>();
            Matcher attribute = ATTRIBUTE.matcher(attributes.group(2));
            while (attribute.find()) {
                if (!attribute.group(1).equals("concepts")) {
                    problems.report(
                            file,
                            at,
                            "unknown passage attribute '"
                                    + attribute.group(1)
                                    + "' (expected: concepts)");
                    continue;
                }
                for (String concept : attribute.group(2).trim().split("\\s+")) {
                    if (!concept.isEmpty()) {
                        concepts.add(new Located<>(concept, at));
                    }
                }
            }
            passageConcepts.addAll(concepts);
            String title = typography.apply(PLAIN.render(heading).strip());
            if (title.isEmpty()) {
                problems.report(file, at, "passage \"" + id + "\" has an empty title");
            }
            return new PassageHead(id, at, title, concepts);
        }

        private String render(List<Node> nodes) {
            StringBuilder html = new StringBuilder();
            nodes.forEach(node -> html.append(HTML.render(node)));
            return clean(html.toString());
        }

        /** jsoup keeps only the harmless subset, then glossary terms and typography are applied. */
        private String clean(String html) {
            Document dirty = Jsoup.parseBodyFragment(html);
            for (Element link : dirty.select("a[href^=" + TERM_MARK + "]")) {
                Element dfn =
                        new Element("dfn")
                                .attr("data-term", link.attr("href").substring(TERM_MARK.length()));
                dfn.text(link.text());
                link.replaceWith(dfn);
            }
            Document clean = Jsoup.parseBodyFragment(Jsoup.clean(dirty.body().html(), SAFE));
            for (Element dfn : clean.select("dfn[data-term]")) {
                decorateTerm(dfn);
            }
            clean.body()
                    .traverse(
                            (node, depth) -> {
                                if (node instanceof org.jsoup.nodes.TextNode textNode
                                        && textNode.parent() != null
                                        && !textNode.parentNode().nodeName().equals("code")) {
                                    textNode.text(typography.apply(textNode.getWholeText()));
                                }
                            });
            clean.outputSettings().prettyPrint(false);
            return clean.body().html().strip();
        }

        /**
         * A term explained in place: focusable, with its definition as a tooltip that assistive
         * technologies read through {@code aria-describedby}.
         */
        private void decorateTerm(Element dfn) {
            String termId = dfn.attr("data-term");
            GlossaryEntry entry = glossary.get(termId);
            if (entry == null) {
                dfn.unwrap();
                return;
            }
            termsUsed.add(termId);
            String definitionId = "def-" + lessonId + "-" + (++termCount);
            Element wrapper = new Element("span").addClass("term");
            dfn.replaceWith(wrapper);
            dfn.removeAttr("data-term")
                    .attr("tabindex", "0")
                    .attr("aria-describedby", definitionId)
                    .attr("data-term", termId)
                    .addClass("term-word");
            wrapper.appendChild(dfn);
            Element definition =
                    wrapper.appendElement("span")
                            .addClass("term-definition")
                            .attr("role", "tooltip")
                            .attr("id", definitionId);
            definition.appendElement("strong").text(entry.term());
            // The typography pass that follows gives French its no-break space before the colon.
            definition.appendText(": " + entry.definition());
        }

        private Location where(Node node) {
            List<SourceSpan> spans = node.getSourceSpans();
            if (spans.isEmpty()) {
                return new Location(lineShift + 1, 1);
            }
            return new Location(
                    spans.get(0).getLineIndex() + 1 + lineShift, spans.get(0).getColumnIndex() + 1);
        }

        /** Finds scripts, event handlers and {@code javascript:} links, and glossary links. */
        private final class HtmlCheck extends AbstractVisitor {
            @Override
            public void visit(CustomBlock block) {
                if (block instanceof Containers.StrayFence stray) {
                    problems.report(
                            file,
                            new Location(where(block).line(), stray.column),
                            "stray '"
                                    + ":".repeat(stray.colons)
                                    + "' line: no block opened with "
                                    + stray.colons
                                    + " colons is open here");
                } else if (block instanceof Container container && !container.closed) {
                    Location at = blocks.at(container);
                    if (container.getParent() instanceof Container parent
                            && parent.colons <= container.colons) {
                        problems.report(
                                file,
                                at,
                                "':::"
                                        + container.type
                                        + "' inside '"
                                        + ":".repeat(parent.colons)
                                        + parent.type
                                        + "' must use fewer colons than it: write the outer one with "
                                        + (container.colons + 1)
                                        + " or more, '"
                                        + ":".repeat(container.colons + 1)
                                        + parent.type
                                        + "'");
                    } else {
                        problems.report(
                                file,
                                at,
                                "'"
                                        + ":".repeat(container.colons)
                                        + container.type
                                        + "' is not closed: end it with a line of "
                                        + container.colons
                                        + " colons, '"
                                        + ":".repeat(container.colons)
                                        + "'");
                    }
                }
                visitChildren(block);
            }

            @Override
            public void visit(HtmlBlock block) {
                check(block.getLiteral(), where(block));
            }

            @Override
            public void visit(HtmlInline inline) {
                check(inline.getLiteral(), where(inline));
            }

            @Override
            public void visit(Link link) {
                String destination = link.getDestination();
                if (destination.startsWith(TERM_SCHEME)) {
                    String termId = destination.substring(TERM_SCHEME.length());
                    if (!glossary.containsKey(termId)) {
                        problems.report(
                                file,
                                where(link),
                                "glossary term \""
                                        + termId
                                        + "\" does not exist (known terms: "
                                        + String.join(", ", glossary.keySet())
                                        + ")");
                    }
                    link.setDestination(TERM_MARK + termId);
                } else if (isScriptUrl(destination)) {
                    problems.report(
                            file,
                            where(link),
                            "link to a script URL is not allowed: " + destination);
                }
                visitChildren(link);
            }

            @Override
            public void visit(Image image) {
                problems.report(file, where(image), "images are not supported in lessons yet");
                visitChildren(image);
            }

            private void check(String html, Location at) {
                for (Element element : Jsoup.parseBodyFragment(html).body().getAllElements()) {
                    if (FORBIDDEN_TAGS.contains(element.tagName())) {
                        problems.report(
                                file,
                                at,
                                "HTML <" + element.tagName() + "> is not allowed in a lesson");
                    }
                    for (Attribute attribute : element.attributes()) {
                        if (attribute.getKey().toLowerCase().startsWith("on")) {
                            problems.report(
                                    file,
                                    at,
                                    "event-handler attribute '"
                                            + attribute.getKey()
                                            + "' is not allowed in a lesson");
                        } else if (isScriptUrl(attribute.getValue())) {
                            problems.report(
                                    file,
                                    at,
                                    "attribute '"
                                            + attribute.getKey()
                                            + "' holds a script URL, which is not allowed in a lesson");
                        }
                    }
                }
            }
        }
    }

    private static boolean isScriptUrl(String url) {
        String compact = url.replaceAll("[\\s\\u0000-\\u001f]", "").toLowerCase();
        return compact.startsWith("javascript:")
                || compact.startsWith("vbscript:")
                || compact.startsWith("data:text/html");
    }

    private record PassageHead(
            String id, Location at, String title, List<Located<String>> concepts) {}

    /** What authored lesson HTML may keep: text structure, emphasis, lists, quotes, safe links. */
    private static final Safelist SAFE =
            Safelist.basic()
                    .addTags(
                            "h3", "h4", "table", "thead", "tbody", "tr", "th", "td", "caption",
                            "abbr")
                    .addAttributes("abbr", "title")
                    .addAttributes("th", "scope")
                    .addAttributes("dfn", "data-term")
                    .addTags("dfn");
}
