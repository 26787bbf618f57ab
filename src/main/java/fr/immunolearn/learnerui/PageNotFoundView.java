package fr.immunolearn.learnerui;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.ErrorParameter;
import com.vaadin.flow.router.HasErrorParameter;
import com.vaadin.flow.router.NotFoundException;
import com.vaadin.flow.router.ParentLayout;
import jakarta.servlet.http.HttpServletResponse;

/** An address that leads nowhere, or nowhere this person may go: the same answer for both. */
@ParentLayout(CourseLayout.class)
public class PageNotFoundView extends Div implements HasErrorParameter<NotFoundException> {

    public PageNotFoundView() {
        addClassNames("page", "not-found");
    }

    @Override
    public int setErrorParameter(
            BeforeEnterEvent event, ErrorParameter<NotFoundException> parameter) {
        return show(this);
    }

    /** Fills {@code view} with the "page not found" text; the status to answer with. */
    static int show(Div view) {
        view.removeAll();
        view.add(
                new H1(view.getTranslation("error.notFound.title")),
                new Paragraph(view.getTranslation("error.notFound.text")),
                new Paragraph(new Anchor("", view.getTranslation("results.home"))));
        return HttpServletResponse.SC_NOT_FOUND;
    }
}
