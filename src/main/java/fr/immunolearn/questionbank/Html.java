package fr.immunolearn.questionbank;

import java.util.List;
import java.util.stream.Collectors;

/**
 * The course's question texts are plain text (the model says so: a prompt is always shown as text),
 * while Moodle shows its {@code html} fields as HTML. Escaping {@code & < >} is all it takes for a
 * text to show as written; typographic spaces and quotes stay characters, not entities, so GIFT
 * files stay readable (and free of the {@code #} an entity would bring).
 */
final class Html {

    private Html() {}

    static String text(String plain) {
        return plain.replace("&", "&amp;")
                .replace("<", "&lt;")
                .replace(">", "&gt;")
                .replace("\r\n", "\n")
                .replace("\n", "<br>");
    }

    /** Each non-empty text as a paragraph. */
    static String paragraphs(List<String> plain) {
        return plain.stream()
                .filter(p -> !p.isBlank())
                .map(p -> "<p>" + text(p) + "</p>")
                .collect(Collectors.joining());
    }

    /**
     * An optional feedback: empty stays empty, so Moodle shows nothing rather than an empty
     * paragraph.
     */
    static String optional(String plain) {
        return plain == null || plain.isBlank() ? "" : text(plain);
    }
}
