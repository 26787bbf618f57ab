package fr.immunolearn.shell;

import com.vaadin.flow.component.HasElement;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.router.RouterLayout;
import java.util.Objects;

/**
 * What every page frame has: a link to skip to the content, and the content in one {@code <main>}
 * that the link and screen readers reach. The learner's and the trainer's frames add their header.
 */
public abstract class PageFrame extends Div implements RouterLayout {

    private final Main content = new Main();

    protected PageFrame() {
        addClassName("course-layout");
        content.setId("contenu");
        content.addClassName("course-content");
        content.getElement().setAttribute("tabindex", "-1");
    }

    protected Anchor skipLink() {
        Anchor skip = new Anchor("#contenu", getTranslation("layout.skip"));
        skip.addClassName("skip-link");
        return skip;
    }

    protected Main content() {
        return content;
    }

    @Override
    public void showRouterLayoutContent(HasElement view) {
        content.removeAll();
        content.getElement().appendChild(Objects.requireNonNull(view).getElement());
    }

    @Override
    public void removeRouterLayoutContent(HasElement oldContent) {
        content.removeAll();
    }
}
