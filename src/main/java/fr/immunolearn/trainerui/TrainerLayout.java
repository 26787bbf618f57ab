package fr.immunolearn.trainerui;

import com.vaadin.flow.component.HasElement;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Header;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Nav;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.router.RouterLayout;
import com.vaadin.flow.router.RouterLink;
import fr.immunolearn.security.AccountSettings;
import fr.immunolearn.security.CurrentAccount;
import fr.immunolearn.shell.LanguageChoice;
import fr.immunolearn.shell.LanguageSwitch;
import java.util.Objects;

/** The frame of the trainer's pages: where they are, the other pages, back to the course. */
public class TrainerLayout extends Div implements RouterLayout {

    private final Main content = new Main();

    public TrainerLayout(CurrentAccount current, LanguageChoice languages, AccountSettings settings) {
        addClassNames("course-layout", "trainer-layout");
        Anchor skip = new Anchor("#contenu", getTranslation("layout.skip"));
        skip.addClassName("skip-link");
        Span title = new Span(getTranslation("trainer.title"));
        title.addClassName("brand");
        Nav nav = new Nav(link("trainer.nav.learners", LearnersView.class),
                link("trainer.nav.questions", QuestionsView.class),
                link("trainer.nav.export", ExportView.class),
                link("trainer.nav.content", ContentCheckView.class));
        nav.addClassName("trainer-nav");
        nav.getElement().setAttribute("aria-label", getTranslation("trainer.title"));
        Anchor course = new Anchor("", getTranslation("trainer.nav.course"));
        Button signOut = new Button(getTranslation("layout.signOut"), event -> current.signOut());
        signOut.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        signOut.addClassName("sign-out");
        LanguageSwitch language = new LanguageSwitch(languages, chosen -> {
            current.principal().ifPresent(p -> settings.language(p.accountId(), chosen));
            UI.getCurrent().getPage().reload();
        });
        Div account = new Div(language, course, signOut);
        account.addClassName("account");
        Header header = new Header(skip, title, nav, account);
        header.addClassName("course-header");
        content.setId("contenu");
        content.addClassName("course-content");
        content.getElement().setAttribute("tabindex", "-1");
        add(header, content);
    }

    private RouterLink link(String key, Class<? extends com.vaadin.flow.component.Component> view) {
        RouterLink link = new RouterLink(getTranslation(key), view);
        link.setHighlightCondition(com.vaadin.flow.router.HighlightConditions.sameLocation());
        link.setHighlightAction((target, current) -> {
            if (current) {
                target.getElement().setAttribute("aria-current", "page");
            } else {
                target.getElement().removeAttribute("aria-current");
            }
        });
        return link;
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
