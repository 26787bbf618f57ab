package fr.immunolearn.shell;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.select.Select;
import java.util.Locale;
import java.util.function.Consumer;

/** Lets the learner read the course in another language; each language is named in itself. */
public class LanguageSwitch extends Select<String> {

    public LanguageSwitch(LanguageChoice choice, Consumer<String> afterChange) {
        setItems(choice.languages());
        setItemLabelGenerator(
                code -> {
                    Locale locale = Locale.forLanguageTag(code);
                    String name = locale.getDisplayLanguage(locale);
                    return name.substring(0, 1).toUpperCase(locale) + name.substring(1);
                });
        setAriaLabel(getTranslation("shell.language"));
        addClassName("language-switch");
        setValue(getLocale().getLanguage());
        addValueChangeListener(
                event -> {
                    if (event.isFromClient() && event.getValue() != null) {
                        choice.choose(UI.getCurrent(), event.getValue());
                        afterChange.accept(event.getValue());
                    }
                });
    }
}
