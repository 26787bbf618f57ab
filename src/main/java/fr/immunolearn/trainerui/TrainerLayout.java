package fr.immunolearn.trainerui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Header;
import com.vaadin.flow.component.html.Nav;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.router.RouterLink;
import fr.immunolearn.security.AccountSettings;
import fr.immunolearn.security.CurrentAccount;
import fr.immunolearn.shell.LanguageChoice;
import fr.immunolearn.shell.LanguageSwitch;
import fr.immunolearn.shell.PageFrame;

/** The frame of the trainer's pages: where they are, the other pages, back to the course. */
public class TrainerLayout extends PageFrame {

    public TrainerLayout(
            CurrentAccount current, LanguageChoice languages, AccountSettings settings) {
        addClassName("trainer-layout");
        Span title = new Span(getTranslation("trainer.title"));
        title.addClassName("brand");
        Nav nav =
                new Nav(
                        link("trainer.nav.learners", LearnersView.class),
                        link("trainer.nav.questions", QuestionsView.class),
                        link("trainer.nav.export", ExportView.class),
                        link("trainer.nav.content", ContentCheckView.class));
        nav.addClassName("trainer-nav");
        nav.getElement().setAttribute("aria-label", getTranslation("trainer.title"));
        Anchor course = new Anchor("", getTranslation("trainer.nav.course"));
        Button signOut = new Button(getTranslation("layout.signOut"), event -> current.signOut());
        signOut.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        signOut.addClassName("sign-out");
        LanguageSwitch language =
                new LanguageSwitch(
                        languages,
                        chosen -> {
                            current.principal()
                                    .ifPresent(p -> settings.language(p.accountId(), chosen));
                            UI.getCurrent().getPage().reload();
                        });
        Div account = new Div(language, course, signOut);
        account.addClassName("account");
        Header header = new Header(skipLink(), title, nav, account);
        header.addClassName("course-header");
        add(header, content());
    }

    private RouterLink link(String key, Class<? extends com.vaadin.flow.component.Component> view) {
        RouterLink link = new RouterLink(getTranslation(key), view);
        link.setHighlightCondition(com.vaadin.flow.router.HighlightConditions.sameLocation());
        link.setHighlightAction(
                (target, current) -> {
                    if (current) {
                        target.getElement().setAttribute("aria-current", "page");
                    } else {
                        target.getElement().removeAttribute("aria-current");
                    }
                });
        return link;
    }
}
