package fr.immunolearn.security;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.login.LoginForm;
import com.vaadin.flow.component.login.LoginI18n;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import fr.immunolearn.shell.LanguageChoice;
import fr.immunolearn.shell.LanguageSwitch;
import fr.immunolearn.shell.Routes;
import java.util.List;

/**
 * Sign-in: e-mail and password; a clear message when they are wrong, when the throttle holds the
 * attempt back ({@code ?wait=N}) or when the page had expired ({@code ?expired}).
 */
@Route(Routes.SIGN_IN)
@AnonymousAllowed
public class LoginView extends Main implements BeforeEnterObserver, HasDynamicTitle {

    private final LoginForm form = new LoginForm();
    private final Paragraph notice = new Paragraph();

    public LoginView(LanguageChoice languages) {
        addClassNames("page", "narrow-page");
        Div top =
                new Div(
                        new LanguageSwitch(
                                languages, language -> UI.getCurrent().getPage().reload()));
        top.addClassName("page-top");
        form.setAction(Routes.SIGN_IN);
        form.setForgotPasswordButtonVisible(false);
        form.setI18n(i18n());
        notice.addClassName("notice");
        notice.setVisible(false);
        notice.getElement().setAttribute("role", "status");
        Anchor register = new Anchor(Routes.REGISTER, getTranslation("login.register"));
        register.addClassName("register-link");
        add(top, new H1(getTranslation("login.title")), notice, form, new Paragraph(register));
    }

    private LoginI18n i18n() {
        LoginI18n i18n = LoginI18n.createDefault();
        LoginI18n.Form texts = i18n.getForm();
        texts.setTitle(getTranslation("login.title"));
        texts.setUsername(getTranslation("login.email"));
        texts.setPassword(getTranslation("login.password"));
        texts.setSubmit(getTranslation("login.submit"));
        LoginI18n.ErrorMessage error = i18n.getErrorMessage();
        error.setTitle(getTranslation("login.error.title"));
        error.setMessage(getTranslation("login.error.message"));
        error.setUsername(getTranslation("login.email.required"));
        error.setPassword(getTranslation("login.password.required"));
        return i18n;
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        var parameters = event.getLocation().getQueryParameters().getParameters();
        if (parameters.containsKey("wait")) {
            showError("login.wait.title", waitMessage(parameters.get("wait")));
        } else if (parameters.containsKey("expired")) {
            showError("login.expired.title", getTranslation("login.expired.message"));
        } else if (parameters.containsKey("error")) {
            form.setError(true);
        }
        if (parameters.containsKey("registered")) {
            notice.setText(getTranslation("login.registered"));
            notice.setVisible(true);
        }
    }

    private void showError(String titleKey, String message) {
        LoginI18n i18n = i18n();
        i18n.getErrorMessage().setTitle(getTranslation(titleKey));
        i18n.getErrorMessage().setMessage(message);
        form.setI18n(i18n);
        form.setError(true);
    }

    /**
     * "Try again in 40 s", or in minutes from two minutes on; the figure comes from the URL, so it
     * is bounded.
     */
    private String waitMessage(List<String> values) {
        long seconds = 60;
        try {
            seconds = Math.max(1, Math.min(Long.parseLong(values.get(0)), 24 * 3600));
        } catch (NumberFormatException | IndexOutOfBoundsException notAFigure) {
            // Someone typed the URL: a minute is as good an answer as any.
        }
        return seconds < 120
                ? getTranslation("login.wait.seconds", seconds)
                : getTranslation("login.wait.minutes", (seconds + 59) / 60);
    }

    @Override
    public String getPageTitle() {
        return getTranslation("login.title") + " – ImmunoLearn";
    }
}
