package fr.immunolearn.learnerui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Footer;
import com.vaadin.flow.component.html.Header;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.router.RouterLink;
import fr.immunolearn.course.Course;
import fr.immunolearn.course.CourseEditions;
import fr.immunolearn.security.AccountPrincipal;
import fr.immunolearn.security.AccountSettings;
import fr.immunolearn.security.CurrentAccount;
import fr.immunolearn.security.Role;
import fr.immunolearn.shell.LanguageChoice;
import fr.immunolearn.shell.LanguageSwitch;
import fr.immunolearn.shell.PageFrame;
import fr.immunolearn.shell.Routes;

/**
 * The frame of every learner page: a skip link, the course title back home, the language, who is
 * signed in, the page itself in {@code <main>}, and the source with its disclaimer at the foot.
 */
public class CourseLayout extends PageFrame {

    public CourseLayout(
            CourseEditions editions,
            CurrentAccount current,
            LanguageChoice languages,
            AccountSettings settings) {
        Course course = editions.edition(getLocale().getLanguage());

        RouterLink home = new RouterLink(course.title(), CourseHomeView.class);
        home.addClassName("brand");
        home.getElement()
                .setAttribute("aria-label", getTranslation("layout.home") + " : " + course.title());
        Div account = new Div();
        account.addClassName("account");
        current.principal()
                .ifPresentOrElse(
                        principal -> {
                            Span who =
                                    new Span(
                                            getTranslation(
                                                    "layout.signedInAs", principal.displayName()));
                            who.addClassName("who");
                            account.add(who);
                            if (principal.role() == Role.TRAINER) {
                                Anchor trainer =
                                        new Anchor(
                                                Routes.TRAINER, getTranslation("layout.trainer"));
                                trainer.addClassName("trainer-link");
                                account.add(trainer);
                            }
                            Button signOut =
                                    new Button(
                                            getTranslation("layout.signOut"),
                                            event -> current.signOut());
                            signOut.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
                            signOut.addClassName("sign-out");
                            account.add(signOut);
                        },
                        () -> {
                            Anchor signIn =
                                    new Anchor(Routes.SIGN_IN, getTranslation("layout.signIn"));
                            signIn.addClassName("sign-in");
                            account.add(signIn);
                        });
        LanguageSwitch language =
                new LanguageSwitch(
                        languages,
                        chosen -> {
                            current.principal()
                                    .map(AccountPrincipal::accountId)
                                    .ifPresent(id -> settings.language(id, chosen));
                            UI.getCurrent().getPage().reload();
                        });
        Header header = new Header(skipLink(), home, new Div(language, account));
        header.addClassName("course-header");

        Paragraph source = new Paragraph(getTranslation("layout.source", course.source().title()));
        Paragraph disclaimer = new Paragraph(course.disclaimer());
        disclaimer.addClassName("disclaimer");
        Footer footer = new Footer(source, disclaimer);
        footer.addClassName("course-footer");
        add(header, content(), footer);
    }
}
