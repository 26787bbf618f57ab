package fr.immunolearn.security;

import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.textfield.EmailField;
import com.vaadin.flow.component.textfield.PasswordField;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.VaadinServletRequest;
import com.vaadin.flow.server.VaadinServletResponse;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import fr.immunolearn.shell.LanguageChoice;
import fr.immunolearn.shell.LanguageSwitch;
import fr.immunolearn.shell.Routes;
import java.util.Map;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.web.context.HttpSessionSecurityContextRepository;
import org.springframework.security.web.context.SecurityContextRepository;

/**
 * A learner creates an account: name, e-mail, password. Each wrong field says what is wrong and
 * nothing is saved; once created, the learner is signed in and taken to the course.
 */
@Route(Routes.REGISTER)
@AnonymousAllowed
public class RegistrationView extends Main implements HasDynamicTitle {

    private final transient Registration registration;
    private final TextField name = new TextField();
    private final EmailField email = new EmailField();
    private final PasswordField password = new PasswordField();
    private final SecurityContextRepository contexts = new HttpSessionSecurityContextRepository();

    RegistrationView(Registration registration, LanguageChoice languages) {
        this.registration = registration;
        addClassNames("page", "narrow-page");
        Div top =
                new Div(
                        new LanguageSwitch(
                                languages, language -> UI.getCurrent().getPage().reload()));
        top.addClassName("page-top");
        name.setLabel(getTranslation("register.name"));
        name.setMaxLength(RegistrationRules.MAX_NAME_LENGTH);
        name.setAutocomplete(com.vaadin.flow.component.textfield.Autocomplete.NAME);
        name.setRequiredIndicatorVisible(true);
        email.setLabel(getTranslation("register.email"));
        email.setAutocomplete(com.vaadin.flow.component.textfield.Autocomplete.EMAIL);
        email.setRequiredIndicatorVisible(true);
        password.setLabel(getTranslation("register.password"));
        password.setHelperText(getTranslation("register.password.help"));
        password.setAutocomplete(com.vaadin.flow.component.textfield.Autocomplete.NEW_PASSWORD);
        password.setRequiredIndicatorVisible(true);
        name.setWidthFull();
        email.setWidthFull();
        password.setWidthFull();
        Button create = new Button(getTranslation("register.submit"), event -> submit());
        create.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        create.addClickShortcut(com.vaadin.flow.component.Key.ENTER);
        create.addClassName("register-submit");
        Anchor login = new Anchor(Routes.SIGN_IN, getTranslation("register.login"));
        Div form = new Div(name, email, password, create);
        form.addClassName("form");
        add(top, new H1(getTranslation("register.title")), form, new Paragraph(login));
    }

    private void submit() {
        clearErrors();
        try {
            Account account =
                    registration.registerLearner(
                            new RegistrationForm(
                                    name.getValue(),
                                    email.getValue(),
                                    password.getValue(),
                                    getLocale().getLanguage()));
            signIn(account);
        } catch (RegistrationRefused refused) {
            showErrors(refused.errors());
        }
    }

    private void signIn(Account account) {
        var request = VaadinServletRequest.getCurrent();
        // A new session id on sign-in, so a session fixed before registration is worth nothing.
        request.getHttpServletRequest().changeSessionId();
        AccountPrincipal principal = new AccountPrincipal(account);
        SecurityContext context = SecurityContextHolder.createEmptyContext();
        context.setAuthentication(
                UsernamePasswordAuthenticationToken.authenticated(
                        principal, null, principal.getAuthorities()));
        SecurityContextHolder.setContext(context);
        contexts.saveContext(
                context,
                request.getHttpServletRequest(),
                VaadinServletResponse.getCurrent().getHttpServletResponse());
        UI.getCurrent().getPage().setLocation("/");
    }

    private void showErrors(Map<RegistrationField, String> errors) {
        errors.forEach(
                (field, key) -> {
                    HasValidation component =
                            switch (field) {
                                case NAME -> name;
                                case EMAIL -> email;
                                case PASSWORD -> password;
                            };
                    component.setErrorMessage(getTranslation(key));
                    component.setInvalid(true);
                });
        switch (errors.keySet().iterator().next()) {
            case NAME -> name.focus();
            case EMAIL -> email.focus();
            case PASSWORD -> password.focus();
        }
    }

    private void clearErrors() {
        name.setInvalid(false);
        email.setInvalid(false);
        password.setInvalid(false);
    }

    @Override
    public String getPageTitle() {
        return getTranslation("register.title") + " – ImmunoLearn";
    }
}
