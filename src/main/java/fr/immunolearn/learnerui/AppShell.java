package fr.immunolearn.learnerui;

import com.vaadin.flow.component.dependency.StyleSheet;
import com.vaadin.flow.component.page.AppShellConfigurator;
import com.vaadin.flow.component.page.Meta;

/**
 * The page around every view. Styles come from a plain stylesheet: no frontend build can run
 * here, so no {@code @CssImport} (STACK-NOTES #2).
 */
@StyleSheet("context://styles/immunolearn.css")
@Meta(name = "viewport", content = "width=device-width, initial-scale=1")
public class AppShell implements AppShellConfigurator {
}
