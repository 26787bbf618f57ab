package fr.immunolearn.learnerui;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.router.AccessDeniedException;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.ErrorParameter;
import com.vaadin.flow.router.HasErrorParameter;
import com.vaadin.flow.router.ParentLayout;

/**
 * A signed-in person opening a page of another role sees the same page as for an address that does
 * not exist: nothing tells a learner what the trainer's pages are.
 */
@ParentLayout(CourseLayout.class)
public class AccessDeniedView extends Div implements HasErrorParameter<AccessDeniedException> {

    public AccessDeniedView() {
        addClassNames("page", "not-found");
    }

    @Override
    public int setErrorParameter(
            BeforeEnterEvent event, ErrorParameter<AccessDeniedException> parameter) {
        return PageNotFoundView.show(this);
    }
}
