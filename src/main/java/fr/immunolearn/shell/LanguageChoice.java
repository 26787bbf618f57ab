package fr.immunolearn.shell;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.server.ServiceInitEvent;
import com.vaadin.flow.server.VaadinServiceInitListener;
import com.vaadin.flow.server.VaadinSession;
import fr.immunolearn.course.CourseEditions;
import java.util.Locale;
import org.springframework.stereotype.Component;

/**
 * Every UI starts in the course's default language (French), whatever the browser says; the
 * learner's own choice, once made, is kept in the session. The page's {@code lang} follows, so
 * screen readers pronounce the text in the right language.
 */
@Component
public class LanguageChoice implements VaadinServiceInitListener {

    public static final String SESSION_KEY = "immunolearn.language";

    private final transient CourseEditions editions;

    LanguageChoice(CourseEditions editions) {
        this.editions = editions;
    }

    @Override
    public void serviceInit(ServiceInitEvent event) {
        event.addIndexHtmlRequestListener(
                response ->
                        response.getDocument()
                                .selectFirst("html")
                                .attr("lang", language(VaadinSession.getCurrent())));
        event.getSource()
                .addUIInitListener(
                        init -> apply(init.getUI(), language(init.getUI().getSession())));
    }

    /** Switches the learner's UI to {@code language} and remembers it for the session. */
    public void choose(UI ui, String language) {
        if (!editions.languages().contains(language)) {
            return;
        }
        ui.getSession().getSession().setAttribute(SESSION_KEY, language);
        apply(ui, language);
    }

    /** The languages a learner can choose, the default first. */
    public java.util.List<String> languages() {
        return java.util.List.copyOf(editions.languages());
    }

    private String language(VaadinSession session) {
        // Kept in the HTTP session, not the Vaadin one, so sign-in (outside Vaadin) can set it too.
        Object chosen =
                session == null || session.getSession() == null
                        ? null
                        : session.getSession().getAttribute(SESSION_KEY);
        return chosen instanceof String s && editions.languages().contains(s)
                ? s
                : editions.defaultLanguage();
    }

    private static void apply(UI ui, String language) {
        ui.setLocale(Locale.forLanguageTag(language));
        ui.getElement().executeJs("document.documentElement.setAttribute('lang', $0)", language);
    }
}
