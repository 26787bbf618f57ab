package fr.immunolearn.learnerui;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.ErrorParameter;
import com.vaadin.flow.router.HasErrorParameter;
import com.vaadin.flow.router.ParentLayout;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import jakarta.servlet.http.HttpServletResponse;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A page that failed to open for a reason nobody foresaw. In its place Vaadin would show the
 * exception's root cause, which can be SQL, a table's name or someone's data: the learner reads a
 * short message in their language instead, and the exception goes to the log only. Anyone may see
 * it (an error can happen before sign-in): without this, access control turns it into the "page not
 * found" answer.
 */
@ParentLayout(CourseLayout.class)
@AnonymousAllowed
public class UnexpectedErrorView extends Div implements HasErrorParameter<Exception> {

    private static final Logger LOG = LoggerFactory.getLogger(UnexpectedErrorView.class);

    public UnexpectedErrorView() {
        addClassNames("page", "unexpected-error");
    }

    @Override
    public int setErrorParameter(BeforeEnterEvent event, ErrorParameter<Exception> parameter) {
        LOG.error(
                "Could not show /{}",
                event.getLocation().getPath(),
                parameter.getCaughtException());
        removeAll();
        add(
                new H1(getTranslation("error.unexpected.title")),
                new Paragraph(getTranslation("error.unexpected.text")),
                new Paragraph(new Anchor("", getTranslation("results.home"))));
        return HttpServletResponse.SC_INTERNAL_SERVER_ERROR;
    }
}
