package fr.immunolearn.course.loading;

import java.io.IOException;
import java.io.StringReader;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.xml.XMLConstants;
import javax.xml.parsers.ParserConfigurationException;
import javax.xml.parsers.SAXParser;
import javax.xml.parsers.SAXParserFactory;
import org.xml.sax.Attributes;
import org.xml.sax.InputSource;
import org.xml.sax.Locator;
import org.xml.sax.SAXException;
import org.xml.sax.SAXParseException;
import org.xml.sax.helpers.DefaultHandler;

/**
 * Checks an SVG figure against an allowlist of elements and attributes and gives the markup to
 * inline in a lesson. Whatever could run or reach outside the figure (scripts, foreign objects,
 * event handlers, links or {@code url()} to anything but a {@code #fragment} of the figure, CSS
 * {@code @import}, a DTD or entities) is a content error at its line and column, never silently
 * removed: an author who drew it should know it will not be shown. The JDK's XML parser is used
 * with DOCTYPEs refused, so no entity is ever expanded and nothing is fetched.
 */
final class SvgFigure {

    static final String SVG_NS = "http://www.w3.org/2000/svg";
    private static final String XLINK_NS = "http://www.w3.org/1999/xlink";

    private static final Set<String> ELEMENTS =
            Set.of(
                    "svg",
                    "g",
                    "defs",
                    "title",
                    "desc",
                    "symbol",
                    "use",
                    "path",
                    "rect",
                    "circle",
                    "ellipse",
                    "line",
                    "polyline",
                    "polygon",
                    "text",
                    "tspan",
                    "textPath",
                    "marker",
                    "linearGradient",
                    "radialGradient",
                    "stop",
                    "clipPath",
                    "mask",
                    "pattern",
                    "style");

    private static final Set<String> ATTRIBUTES =
            Set.of(
                    "id",
                    "class",
                    "style",
                    "transform",
                    "d",
                    "x",
                    "y",
                    "x1",
                    "y1",
                    "x2",
                    "y2",
                    "cx",
                    "cy",
                    "r",
                    "rx",
                    "ry",
                    "fx",
                    "fy",
                    "width",
                    "height",
                    "viewBox",
                    "preserveAspectRatio",
                    "points",
                    "pathLength",
                    "fill",
                    "fill-opacity",
                    "fill-rule",
                    "stroke",
                    "stroke-width",
                    "stroke-opacity",
                    "stroke-linecap",
                    "stroke-linejoin",
                    "stroke-dasharray",
                    "stroke-dashoffset",
                    "stroke-miterlimit",
                    "opacity",
                    "color",
                    "visibility",
                    "display",
                    "font-family",
                    "font-size",
                    "font-weight",
                    "font-style",
                    "font-variant",
                    "text-anchor",
                    "dominant-baseline",
                    "alignment-baseline",
                    "baseline-shift",
                    "letter-spacing",
                    "word-spacing",
                    "text-decoration",
                    "dx",
                    "dy",
                    "rotate",
                    "textLength",
                    "lengthAdjust",
                    "startOffset",
                    "offset",
                    "stop-color",
                    "stop-opacity",
                    "gradientUnits",
                    "gradientTransform",
                    "spreadMethod",
                    "markerWidth",
                    "markerHeight",
                    "refX",
                    "refY",
                    "orient",
                    "markerUnits",
                    "marker-start",
                    "marker-mid",
                    "marker-end",
                    "clip-path",
                    "clip-rule",
                    "clipPathUnits",
                    "mask",
                    "maskUnits",
                    "maskContentUnits",
                    "patternUnits",
                    "patternContentUnits",
                    "patternTransform",
                    "href",
                    "version",
                    "vector-effect",
                    "shape-rendering",
                    "text-rendering",
                    "paint-order",
                    "role",
                    "aria-hidden",
                    "aria-label",
                    "aria-labelledby",
                    "aria-describedby",
                    "focusable",
                    "lang",
                    "type",
                    "media");

    private static final Pattern URL =
            Pattern.compile("url\\s*\\(\\s*['\"]?\\s*([^)'\"\\s]*)", Pattern.CASE_INSENSITIVE);
    private static final Pattern IMPORT = Pattern.compile("@import", Pattern.CASE_INSENSITIVE);
    private static final Pattern SCRIPT_URL =
            Pattern.compile("(java|vb)script\\s*:|expression\\s*\\(", Pattern.CASE_INSENSITIVE);

    private SvgFigure() {}

    /** The markup to inline, or empty after reporting every reason the file may not be shown. */
    static Optional<String> sanitise(String source, String file, Problems problems) {
        Handler handler = new Handler(source, file, problems);
        try {
            parser().parse(new InputSource(new StringReader(source)), handler);
        } catch (SAXParseException e) {
            problems.report(
                    file,
                    new Location(Math.max(1, e.getLineNumber()), Math.max(1, e.getColumnNumber())),
                    e.getMessage() != null && e.getMessage().contains("DOCTYPE")
                            ? "a figure may not declare a DOCTYPE: no DTD, no entities"
                            : "not well-formed XML: " + e.getMessage());
            return Optional.empty();
        } catch (SAXException | IOException e) {
            problems.report(file, Location.START, "cannot read the SVG: " + e.getMessage());
            return Optional.empty();
        }
        return handler.unsafe ? Optional.empty() : Optional.of(handler.out.toString().strip());
    }

    private static SAXParser parser() throws SAXException {
        try {
            SAXParserFactory factory = SAXParserFactory.newInstance();
            factory.setNamespaceAware(true);
            factory.setValidating(false);
            factory.setXIncludeAware(false);
            factory.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
            factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
            factory.setFeature("http://xml.org/sax/features/external-general-entities", false);
            factory.setFeature("http://xml.org/sax/features/external-parameter-entities", false);
            factory.setFeature(
                    "http://apache.org/xml/features/nonvalidating/load-external-dtd", false);
            return factory.newSAXParser();
        } catch (ParserConfigurationException e) {
            throw new IllegalStateException("the JDK's XML parser cannot be configured safely", e);
        }
    }

    private static final class Handler extends DefaultHandler {
        private final String source;
        private final String file;
        private final Problems problems;
        private final StringBuilder out = new StringBuilder();
        private final List<String> open = new ArrayList<>();
        private final StringBuilder styleText = new StringBuilder();
        private Locator locator;
        private Location styleAt;
        private boolean unsafe;

        Handler(String source, String file, Problems problems) {
            this.source = source;
            this.file = file;
            this.problems = problems;
        }

        @Override
        public void setDocumentLocator(Locator locator) {
            this.locator = locator;
        }

        @Override
        public void startElement(
                String uri, String localName, String qName, Attributes attributes) {
            int tagStart = tagStart(qName);
            Location at = location(tagStart);
            if (open.isEmpty() && !(SVG_NS.equals(uri) && localName.equals("svg"))) {
                refuse(
                        at,
                        "the figure's root element is <"
                                + qName
                                + ">: it must be <svg xmlns=\""
                                + SVG_NS
                                + "\">");
            } else if (!SVG_NS.equals(uri)) {
                refuse(at, "element <" + qName + "> is not SVG, so it may not be in a figure");
            } else if (localName.equals("script") || localName.equals("foreignObject")) {
                refuse(at, "<" + localName + "> is not allowed in a figure");
            } else if (!ELEMENTS.contains(localName)) {
                refuse(at, "element <" + localName + "> is not among those a figure may use");
            }
            out.append('<').append(localName);
            if (open.isEmpty()) {
                out.append(" xmlns=\"").append(SVG_NS).append('"');
            }
            for (int i = 0; i < attributes.getLength(); i++) {
                attribute(
                        attributes.getURI(i),
                        attributes.getLocalName(i),
                        attributes.getQName(i),
                        attributes.getValue(i),
                        localName,
                        tagStart);
            }
            out.append('>');
            open.add(localName);
            if (localName.equals("style")) {
                styleText.setLength(0);
                styleAt = at;
            }
        }

        private void attribute(
                String uri, String name, String qName, String value, String element, int tagStart) {
            Location at = location(attributeStart(qName, tagStart));
            boolean link = name.equals("href") && (uri.isEmpty() || XLINK_NS.equals(uri));
            if (name.toLowerCase(java.util.Locale.ROOT).startsWith("on")) {
                refuse(at, "event handler '" + qName + "' is not allowed in a figure");
                return;
            }
            if (link) {
                if (!value.strip().startsWith("#")) {
                    refuse(
                            at,
                            "'"
                                    + qName
                                    + "' points outside the figure (\""
                                    + value
                                    + "\"): a figure may only link to its own parts, as \"#id\"");
                }
            } else if (XMLConstants.XML_NS_URI.equals(uri)
                    && (name.equals("space") || name.equals("lang"))) {
                // xml:space and xml:lang are the document's own, and harmless.
            } else if (!uri.isEmpty() || !ATTRIBUTES.contains(name)) {
                refuse(
                        at,
                        "attribute '"
                                + qName
                                + "' on <"
                                + element
                                + "> is not among those a figure may use");
                return;
            }
            css(value, at, "'" + qName + "'");
            // Always written as plain href: SVG 2 reads it, and the page then needs no xlink
            // namespace.
            out.append(' ')
                    .append(link ? "href" : qName)
                    .append("=\"")
                    .append(escape(value))
                    .append('"');
        }

        @Override
        public void characters(char[] ch, int start, int length) {
            if (!open.isEmpty() && open.get(open.size() - 1).equals("style")) {
                styleText.append(ch, start, length);
            }
            out.append(escape(new String(ch, start, length)));
        }

        @Override
        public void endElement(String uri, String localName, String qName) {
            if (localName.equals("style") && styleAt != null) {
                css(styleText.toString(), styleAt, "<style>");
                styleAt = null;
            }
            open.remove(open.size() - 1);
            out.append("</").append(localName).append('>');
        }

        @Override
        public void processingInstruction(String target, String data) {
            refuse(
                    location(Math.max(0, source.lastIndexOf("<?", offset()))),
                    "processing instruction <?" + target + "?> is not allowed in a figure");
        }

        /**
         * Stylesheets and presentation attributes: no import, no url() but to the figure's own
         * parts.
         */
        private void css(String value, Location at, String where) {
            if (IMPORT.matcher(value).find()) {
                refuse(at, where + " uses @import: a figure's styles may not load anything");
            }
            Matcher url = URL.matcher(value);
            while (url.find()) {
                if (!url.group(1).startsWith("#")) {
                    refuse(
                            at,
                            where
                                    + " uses url("
                                    + url.group(1)
                                    + "): a figure may only refer to its own parts,"
                                    + " as url(#id)");
                }
            }
            if (SCRIPT_URL.matcher(value).find()) {
                refuse(at, where + " holds a script: not allowed in a figure");
            }
        }

        private void refuse(Location at, String message) {
            unsafe = true;
            problems.report(file, at, message);
        }

        /** The parser reports the end of a start tag; authors want where it begins. */
        private int tagStart(String qName) {
            int found = source.lastIndexOf("<" + qName, Math.max(0, offset() - 1));
            return found < 0 ? offset() : found;
        }

        private int attributeStart(String qName, int tagStart) {
            Matcher matcher =
                    Pattern.compile("\\s(" + Pattern.quote(qName) + ")\\s*=").matcher(source);
            return matcher.find(tagStart) ? matcher.start(1) : tagStart;
        }

        private int offset() {
            int line = 1;
            int offset = 0;
            while (line < locator.getLineNumber() && offset < source.length()) {
                int next = source.indexOf('\n', offset);
                if (next < 0) {
                    break;
                }
                offset = next + 1;
                line++;
            }
            return Math.min(source.length(), offset + Math.max(0, locator.getColumnNumber() - 1));
        }

        private Location location(int offset) {
            int line = 1;
            int lineStart = 0;
            for (int i = 0; i < offset && i < source.length(); i++) {
                if (source.charAt(i) == '\n') {
                    line++;
                    lineStart = i + 1;
                }
            }
            return new Location(line, offset - lineStart + 1);
        }
    }

    private static String escape(String text) {
        return text.replace("&", "&amp;")
                .replace("<", "&lt;")
                .replace(">", "&gt;")
                .replace("\"", "&quot;");
    }
}
