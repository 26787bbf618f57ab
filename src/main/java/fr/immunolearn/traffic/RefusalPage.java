package fr.immunolearn.traffic;

import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Locale;
import java.util.ResourceBundle;

/**
 * The short page of a refused request. It is written before any session exists, so no language has
 * been chosen yet: it says it in French, the course's language, then in English.
 */
final class RefusalPage {

    private static final String BUNDLE = "vaadin-i18n.translations";
    private static final ResourceBundle FRENCH = bundle("fr");
    private static final ResourceBundle ENGLISH = bundle("en");

    private RefusalPage() {}

    private static ResourceBundle bundle(String language) {
        return ResourceBundle.getBundle(
                BUNDLE,
                Locale.forLanguageTag(language),
                ResourceBundle.Control.getNoFallbackControl(
                        ResourceBundle.Control.FORMAT_PROPERTIES));
    }

    /**
     * Answers {@code refusal} and closes the connection after it ({@code Connection: close}), with
     * {@code Retry-After} when waiting helps.
     */
    static void write(HttpServletResponse response, Refusal refusal, Duration retryAfter)
            throws IOException {
        response.setStatus(refusal.status);
        response.setHeader("Connection", "close");
        response.setHeader("Cache-Control", "no-store");
        if (retryAfter != null) {
            response.setHeader("Retry-After", Long.toString(Math.max(1, retryAfter.toSeconds())));
        }
        response.setContentType("text/html");
        response.setCharacterEncoding(StandardCharsets.UTF_8.name());
        String french = FRENCH.getString(refusal.key);
        String english = ENGLISH.getString(refusal.key);
        PrintWriter page = response.getWriter();
        page.write(
                "<!DOCTYPE html><html lang=\"fr\"><head><meta charset=\"utf-8\"><title>ImmunoLearn</title>"
                        + "</head><body><main><h1>ImmunoLearn</h1><p>"
                        + escape(french)
                        + "</p><p lang=\"en\">"
                        + escape(english)
                        + "</p></main></body></html>");
        response.flushBuffer();
    }

    private static String escape(String text) {
        return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;");
    }
}
