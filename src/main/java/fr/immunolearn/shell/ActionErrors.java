package fr.immunolearn.shell;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.server.DefaultErrorHandler;
import com.vaadin.flow.server.ErrorEvent;
import com.vaadin.flow.server.ServiceInitEvent;
import com.vaadin.flow.server.VaadinServiceInitListener;
import fr.immunolearn.web.ClientMessageErrors;
import org.springframework.stereotype.Component;

/**
 * A click or another action on a page that fails unforeseen. Vaadin's own handler only logs it, so
 * the learner would see nothing happen; here they also read, in their language, that it did not
 * work and that what they saved is kept. The exception's text is never shown: it can be SQL.
 */
@Component
class ActionErrors implements VaadinServiceInitListener {

    @Override
    public void serviceInit(ServiceInitEvent event) {
        event.getSource()
                .addSessionInitListener(init -> init.getSession().setErrorHandler(new Handler()));
    }

    static final class Handler extends DefaultErrorHandler {

        @Override
        public void error(ErrorEvent event) {
            // A malformed message from a client other than Vaadin's: one line of log, nobody to
            // tell.
            if (ClientMessageErrors.loggedAsTheClients(event)) {
                return;
            }
            // Logged as Vaadin logs it; a browser that went away (broken pipe…) is not an error to
            // show.
            super.error(event);
            UI ui = UI.getCurrent();
            if (ui != null && shouldHandle(findRelevantThrowable(event.getThrowable()))) {
                Notification notice =
                        Notification.show(
                                ui.getTranslation("error.unexpected.action"),
                                8000,
                                Notification.Position.MIDDLE);
                notice.addClassName("action-failed");
            }
        }
    }
}
