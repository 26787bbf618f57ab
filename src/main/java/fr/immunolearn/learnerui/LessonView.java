package fr.immunolearn.learnerui;

import com.vaadin.flow.component.AttachEvent;
import com.vaadin.flow.component.ClientCallable;
import com.vaadin.flow.component.DetachEvent;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Nav;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import fr.immunolearn.course.Course;
import fr.immunolearn.course.CourseEditions;
import fr.immunolearn.course.GlossaryEntry;
import fr.immunolearn.course.Lesson;
import fr.immunolearn.course.Passage;
import fr.immunolearn.progress.LessonChecks;
import fr.immunolearn.progress.LessonReading;
import fr.immunolearn.progress.Position;
import fr.immunolearn.security.CurrentAccount;
import fr.immunolearn.shell.Routes;
import jakarta.annotation.security.PermitAll;
import java.time.Duration;
import java.time.Instant;

/**
 * A lesson: objectives, the article's content passage by passage (glossary terms explained in
 * place), what to remember, the words of the lesson, and the way on to its quiz. The view keeps
 * only the lesson's id; the text comes from the shared course model.
 */
@Route(value = Routes.LESSON, layout = CourseLayout.class)
@PermitAll
public class LessonView extends Div implements BeforeEnterObserver, HasDynamicTitle {

    private final transient CourseEditions editions;
    private final transient LessonReading reading;
    private final transient CurrentAccount current;
    private String lessonId;
    private Instant openedAt;

    /** The question whose feedback sent the learner here, to go back to; null when none did. */
    private Position.InQuiz cameFrom;

    private final transient LessonChecks checks;

    public LessonView(
            CourseEditions editions,
            LessonReading reading,
            LessonChecks checks,
            CurrentAccount current) {
        this.editions = editions;
        this.checks = checks;
        this.reading = reading;
        this.current = current;
        addClassNames("page", "lesson-page");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        String id = event.getRouteParameters().get(Routes.LESSON_ID).orElse("");
        if (course().lesson(id).isEmpty()) {
            event.forwardTo(CourseHomeView.class);
            return;
        }
        lessonId = id;
        cameFrom =
                Routes.cameFrom(event.getLocation().getQueryParameters().getParameters())
                        .filter(from -> course().quiz(from.quizId()).isPresent())
                        .orElse(null);
        removeAll();
        render(course(), course().lesson(id).orElseThrow());
        if (cameFrom != null) {
            addComponentAtIndex(0, backToQuestion(cameFrom));
        }
    }

    /** Stays in view (sticky) while the learner reads the passage the question sent them to. */
    private Nav backToQuestion(Position.InQuiz question) {
        Anchor back =
                anchor(
                        Routes.of(question),
                        getTranslation("nav.backToQuestion"),
                        "back-to-question");
        Nav nav = new Nav(back);
        nav.addClassName("return-nav");
        nav.getElement().setAttribute("aria-label", getTranslation("nav.backToQuestion"));
        return nav;
    }

    private void render(Course course, Lesson lesson) {
        int index = course.lessons().indexOf(lesson);
        // Checks keep the learner's answers, and show the kept one when the lesson is opened again.
        LessonBlocks blocks =
                new LessonBlocks(
                        this::getTranslation,
                        new KeptExercises(checks, current.id(), lesson.id(), this::getTranslation));
        Span position = new Span(getTranslation("lesson.of", index + 1, course.lessons().size()));
        position.addClassName("overline");
        add(position, new H1(lesson.title()));

        Section objectives =
                new Section(
                        new H2(getTranslation("lesson.objectives")),
                        new Paragraph(getTranslation("lesson.objectives.lead")),
                        list(lesson.objectives()));
        objectives.addClassNames("box", "objectives");
        add(objectives);
        if (!lesson.introHtml().isEmpty()) {
            add(html("lesson-intro", lesson.introHtml()));
        }
        for (Passage passage : lesson.passages()) {
            Section section = new Section(new H2(passage.title()));
            passage.body().forEach(block -> section.add(blocks.component(block)));
            section.setId(passage.id());
            section.addClassName("passage");
            add(section);
        }
        Section summary =
                new Section(new H2(getTranslation("lesson.summary")), list(lesson.keyPoints()));
        summary.addClassNames("box", "summary");
        add(summary);
        add(glossary(course, lesson));

        Button toQuiz =
                new Button(
                        getTranslation("lesson.toQuiz"),
                        event -> {
                            reading.read(current.id(), lessonId);
                            UI.getCurrent()
                                    .navigate(
                                            QuizView.class,
                                            QuizView.parameters(lesson.quiz().id()));
                        });
        toQuiz.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        toQuiz.addClassName("to-quiz");
        Nav navigation = new Nav();
        navigation.addClassName("lesson-nav");
        navigation
                .getElement()
                .setAttribute(
                        "aria-label",
                        getTranslation("lesson.of", index + 1, course.lessons().size()));
        if (index > 0) {
            Lesson previous = course.lessons().get(index - 1);
            navigation.add(
                    anchor(
                            Routes.lesson(previous.id()),
                            getTranslation("lesson.previous", previous.title()),
                            "previous-lesson"));
        }
        navigation.add(toQuiz);
        if (index < course.lessons().size() - 1) {
            Lesson next = course.lessons().get(index + 1);
            navigation.add(
                    anchor(
                            Routes.lesson(next.id()),
                            getTranslation("lesson.next", next.title()),
                            "next-lesson"));
        }
        add(navigation);
    }

    private Section glossary(Course course, Lesson lesson) {
        Section glossary = new Section(new H2(getTranslation("lesson.glossary")));
        glossary.addClassNames("box", "glossary");
        com.vaadin.flow.component.html.DescriptionList terms =
                new com.vaadin.flow.component.html.DescriptionList();
        for (String termId : lesson.glossaryTerms()) {
            course.glossaryEntry(termId)
                    .ifPresent(
                            (GlossaryEntry entry) ->
                                    terms.add(
                                            new com.vaadin.flow.component.html.DescriptionList.Term(
                                                    entry.term()),
                                            new com.vaadin.flow.component.html.DescriptionList
                                                    .Description(entry.definition())));
        }
        glossary.add(terms);
        return glossary;
    }

    @Override
    protected void onAttach(AttachEvent event) {
        if (lessonId == null) {
            return;
        }
        openedAt = Instant.now();
        reading.opened(current.id(), lessonId);
        // Reports the passage in view, so "Reprendre" scrolls back to it; scrolls to the passage
        // named in the address when there is one.
        getElement()
                .executeJs(
                        """
                const view = this;
                const seen = new IntersectionObserver(entries => {
                  const visible = entries.filter(e => e.isIntersecting);
                  if (visible.length) { view.$server.passageSeen(visible[0].target.id); }
                }, { rootMargin: '0px 0px -60% 0px' });
                view.querySelectorAll('section.passage').forEach(s => seen.observe(s));
                view._seen = seen;
                // Printed, every block shows all it holds: the components keep their closed parts in
                // their shadow DOM, out of reach of the print stylesheet.
                const print = matchMedia('print');
                const expand = () => {
                  if (!print.matches) { return; }
                  view.querySelectorAll('[data-block=accordion] vaadin-details').forEach(d => { d.opened = true; });
                  // A closed <details> (a figure's long description) keeps its content off paper.
                  view.querySelectorAll('.block details').forEach(d => { d.open = true; });
                };
                print.addEventListener('change', expand);
                window.addEventListener('beforeprint', expand);
                expand();
                if (location.hash.length > 1) {
                  const target = document.getElementById(decodeURIComponent(location.hash.substring(1)));
                  if (target && target.matches('section.passage')) {
                    // Landing on a passage: in view and focused, so a screen reader starts reading there.
                    target.setAttribute('tabindex', '-1');
                    setTimeout(() => { target.scrollIntoView({ block: 'start' }); target.focus({ preventScroll: true }); }, 0);
                  }
                }""");
    }

    @Override
    protected void onDetach(DetachEvent event) {
        if (lessonId != null && openedAt != null && current.isSignedIn()) {
            reading.spent(current.id(), lessonId, Duration.between(openedAt, Instant.now()));
        }
    }

    @ClientCallable
    void passageSeen(String passageId) {
        if (lessonId != null && passageId != null && passageId.length() <= 64) {
            reading.passageSeen(current.id(), lessonId, passageId);
        }
    }

    private static UnorderedList list(java.util.List<String> items) {
        UnorderedList list = new UnorderedList();
        items.forEach(item -> list.add(new ListItem(item)));
        return list;
    }

    private static Div html(String className, String html) {
        Div div = LessonBlocks.markup(html);
        div.addClassName(className);
        return div;
    }

    private static Anchor anchor(String href, String text, String className) {
        Anchor anchor = new Anchor(href, text);
        anchor.addClassName(className);
        return anchor;
    }

    private Course course() {
        return editions.edition(getLocale().getLanguage());
    }

    @Override
    public String getPageTitle() {
        return course().lesson(lessonId == null ? "" : lessonId)
                .map(Lesson::title)
                .orElse(course().title());
    }
}
