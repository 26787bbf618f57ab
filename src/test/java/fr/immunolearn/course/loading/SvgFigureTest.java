package fr.immunolearn.course.loading;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * A figure's SVG is inlined in lessons, so it may hold drawing only: whatever could run, or reach
 * outside the figure, is a content error at its line and column, never silently removed.
 */
class SvgFigureTest {

    private static final String FILE = "fr/media/figure.svg";
    private static final String OPEN =
            "<svg xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 10 10\">\n";

    private final Problems problems = new Problems();

    @Test
    void aDrawingIsInlinedAsItIsWrittenWithoutCommentsOrDeclaration() {
        String svg =
                """
                <?xml version="1.0" encoding="UTF-8"?>
                <!-- drawn by hand -->
                <svg xmlns="http://www.w3.org/2000/svg" xmlns:xlink="http://www.w3.org/1999/xlink" viewBox="0 0 10 10">
                  <defs><linearGradient id="g"><stop offset="0" stop-color="#fff"/></linearGradient></defs>
                  <rect width="10" height="10" fill="url(#g)" style="stroke: #333"/>
                  <use xlink:href="#g"/>
                  <text x="1" y="5">A &amp; B &lt; C</text>
                </svg>
                """;
        assertThat(sanitise(svg))
                .contains(
                        """
                <svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 10 10">
                  <defs><linearGradient id="g"><stop offset="0" stop-color="#fff"></stop></linearGradient></defs>
                  <rect width="10" height="10" fill="url(#g)" style="stroke: #333"></rect>
                  <use href="#g"></use>
                  <text x="1" y="5">A &amp; B &lt; C</text>
                </svg>""");
        assertThat(problems.isEmpty()).isTrue();
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(
            delimiter = '|',
            value = {
                "<script>alert(1)</script>|2:1: <script> is not allowed in a figure",
                "<foreignObject width=\"1\">hi</foreignObject>|2:1: <foreignObject> is not allowed in a figure",
                "<rect onclick=\"alert(1)\"/>|2:7: event handler 'onclick' is not allowed in a figure",
                "<g><circle r=\"1\" ONMOUSEOVER=\"x()\"/></g>|2:18: event handler 'ONMOUSEOVER' is not allowed in a figure",
                "<use href=\"https://example.org/a.svg#x\"/>|2:6: 'href' points outside the figure"
                        + " (\"https://example.org/a.svg#x\"): a figure may only link to its own parts, as \"#id\"",
                "<use xmlns:xlink=\"http://www.w3.org/1999/xlink\" xlink:href=\"other.svg#x\"/>|2:49: 'xlink:href' points"
                        + " outside the figure (\"other.svg#x\"): a figure may only link to its own parts, as \"#id\"",
                "<a href=\"#x\"><rect/></a>|2:1: element <a> is not among those a figure may use",
                "<image href=\"#x\"/>|2:1: element <image> is not among those a figure may use",
                "<rect fill=\"url(https://example.org/p.svg#x)\"/>|2:7: 'fill' uses url(https://example.org/p.svg#x):"
                        + " a figure may only refer to its own parts, as url(#id)",
                "<rect style=\"fill: url( 'other.svg#p' )\"/>|2:7: 'style' uses url(other.svg#p):"
                        + " a figure may only refer to its own parts, as url(#id)",
                "<style>@import url(#x);</style>|2:1: <style> uses @import: a figure's styles may not load anything",
                "<style>rect { fill: url(http://example.org/x) }</style>|2:1: <style> uses url(http://example.org/x):"
                        + " a figure may only refer to its own parts, as url(#id)",
                "<rect style=\"width: expression(alert(1))\"/>|2:7: 'style' holds a script: not allowed in a figure",
                "<rect data-x=\"1\"/>|2:7: attribute 'data-x' on <rect> is not among those a figure may use",
                "<h:p xmlns:h=\"http://www.w3.org/1999/xhtml\"/>|2:1: element <h:p> is not SVG, so it may not be in a figure",
                "<rect xmlns:ink=\"http://www.inkscape.org/namespaces/inkscape\" ink:label=\"x\"/>|2:63: attribute"
                        + " 'ink:label' on <rect> is not among those a figure may use",
                "<?xml-stylesheet href=\"x.css\"?>|2:1: processing instruction <?xml-stylesheet?> is not allowed in a figure",
                "<rect>|3:3: not well-formed XML: The element type \"rect\" must be terminated by the matching end-tag"
                        + " \"</rect>\"."
            })
    void refuses(String inside, String problem) {
        assertThat(sanitise(OPEN + inside + "\n</svg>\n")).isEmpty();
        assertThat(reported()).containsExactly(FILE + ":" + problem);
    }

    @Test
    void refusesADoctypeSoNoEntityIsEverExpandedOrFetched() {
        String svg =
                """
                <?xml version="1.0"?>
                <!DOCTYPE svg [<!ENTITY secret SYSTEM "file:///etc/passwd">]>
                <svg xmlns="http://www.w3.org/2000/svg"><text>&secret;</text></svg>
                """;
        assertThat(sanitise(svg)).isEmpty();
        assertThat(reported())
                .containsExactly(
                        FILE + ":2:10: a figure may not declare a DOCTYPE: no DTD, no entities");
    }

    @Test
    void refusesARootThatIsNotSvg() {
        assertThat(sanitise("<svg viewBox=\"0 0 1 1\"></svg>")).isEmpty();
        assertThat(reported())
                .containsExactly(
                        FILE
                                + ":1:1: the figure's root element is <svg>: it must be"
                                + " <svg xmlns=\"http://www.w3.org/2000/svg\">");
    }

    @Test
    void reportsEveryUnsafePartAtOnce() {
        assertThat(
                        sanitise(
                                OPEN
                                        + "<script/>\n<rect onload=\"x()\" fill=\"url(http://x)\"/>\n</svg>"))
                .isEmpty();
        assertThat(reported())
                .containsExactly(
                        FILE + ":2:1: <script> is not allowed in a figure",
                        FILE + ":3:7: event handler 'onload' is not allowed in a figure",
                        FILE
                                + ":3:20: 'fill' uses url(http://x): a figure may only refer to its own parts, as url(#id)");
    }

    private Optional<String> sanitise(String svg) {
        return SvgFigure.sanitise(svg, FILE, problems);
    }

    private List<String> reported() {
        return problems.sorted().stream().map(ContentProblem::toString).toList();
    }
}
