package fr.immunolearn.shell;

import com.vaadin.flow.component.page.AppShellConfigurator;
import com.vaadin.flow.component.page.Meta;
import com.vaadin.flow.server.AppShellSettings;

/**
 * The page around every view. Styles come from a plain stylesheet linked here: no frontend build
 * can run on our machines, so no {@code @CssImport} (STACK-NOTES #2).
 */
@Meta(name = "viewport", content = "width=device-width, initial-scale=1")
public class AppShell implements AppShellConfigurator {

    @Override
    public void configurePage(AppShellSettings settings) {
        settings.addLink("stylesheet", "styles/immunolearn.css");
    }
}
