package fr.immunolearn.shell;

import com.vaadin.flow.i18n.DefaultI18NProvider;
import com.vaadin.flow.i18n.I18NProvider;
import fr.immunolearn.course.CourseWords;
import java.text.MessageFormat;
import java.util.List;
import java.util.Locale;
import org.springframework.stereotype.Component;

/**
 * The app's words: its own translations ({@code vaadin-i18n/translations*.properties}), then the
 * words it shares with the SCORM player ({@link CourseWords}), so {@code getTranslation} finds
 * both.
 */
@Component
public class AppWords implements I18NProvider {

    private static final List<Locale> LANGUAGES = List.of(Locale.FRENCH, Locale.ENGLISH);

    private final DefaultI18NProvider translations = new DefaultI18NProvider(LANGUAGES);

    @Override
    public List<Locale> getProvidedLocales() {
        return LANGUAGES;
    }

    @Override
    public String getTranslation(String key, Locale locale, Object... params) {
        String language = locale == null || !"en".equals(locale.getLanguage()) ? "fr" : "en";
        String shared = CourseWords.load(language).get(key);
        if (shared == null) {
            return translations.getTranslation(key, locale, params);
        }
        return params.length == 0
                ? shared
                : new MessageFormat(shared, Locale.forLanguageTag(language)).format(params);
    }
}
