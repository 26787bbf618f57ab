package fr.immunolearn.trainerui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import fr.immunolearn.app.ContentSource;
import fr.immunolearn.course.Course;
import fr.immunolearn.course.CourseEditions;
import fr.immunolearn.course.loading.ContentProblem;
import fr.immunolearn.course.loading.CourseLoader;
import fr.immunolearn.shell.Routes;
import jakarta.annotation.security.RolesAllowed;
import java.nio.file.Files;

/**
 * Is {@code content/} valid? The course in service was valid when the app started; this page
 * re-reads the folder, so an author sees every problem of their latest edits with its file:line.
 */
@Route(value = Routes.TRAINER_CONTENT, layout = TrainerLayout.class)
@RolesAllowed("TRAINER")
public class ContentCheckView extends Div implements HasDynamicTitle {

    private final transient ContentSource source;
    private final transient CourseEditions editions;
    private final Div result = new Div();

    public ContentCheckView(ContentSource source, CourseEditions editions) {
        this.source = source;
        this.editions = editions;
        addClassNames("page", "wide-page", "trainer-page", "content-page");
        Course course = editions.defaultEdition();
        add(new H1(getTranslation("trainer.content.title")));
        add(
                new Paragraph(
                        getTranslation(
                                "trainer.content.inService",
                                editions.languages().size(),
                                course.lessons().size(),
                                course.questions().size())));
        Button again = new Button(getTranslation("trainer.content.recheck"), event -> check());
        again.addClassName("recheck");
        result.addClassName("content-result");
        result.getElement().setAttribute("role", "status");
        add(again, result);
        check();
    }

    private void check() {
        result.removeAll();
        if (!Files.isDirectory(source.folder())) {
            result.add(new Paragraph(getTranslation("trainer.content.packaged")));
            return;
        }
        CourseLoader.Check check = CourseLoader.check(source.folder());
        if (check.valid()) {
            Course course = check.editions().orElseThrow().defaultEdition();
            Paragraph valid =
                    new Paragraph(
                            getTranslation(
                                    "trainer.content.valid",
                                    source.folder().toString(),
                                    check.editions().orElseThrow().languages().size(),
                                    course.lessons().size(),
                                    course.questions().size()));
            valid.addClassName("content-valid");
            result.add(valid);
            return;
        }
        H2 heading = new H2(getTranslation("trainer.content.invalid", check.problems().size()));
        heading.addClassName("content-invalid");
        UnorderedList problems = new UnorderedList();
        problems.addClassName("content-problems");
        for (ContentProblem problem : check.problems()) {
            ListItem item = new ListItem(problem.toString());
            item.addClassName("content-problem");
            problems.add(item);
        }
        result.add(heading, new Paragraph(getTranslation("trainer.content.fix")), problems);
    }

    @Override
    public String getPageTitle() {
        return getTranslation("trainer.content.title") + " – " + getTranslation("trainer.title");
    }
}
