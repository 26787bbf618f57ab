package fr.immunolearn.learnerui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.OrderedList;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.progressbar.ProgressBar;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouterLink;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import fr.immunolearn.course.Course;
import fr.immunolearn.course.CourseEditions;
import fr.immunolearn.course.Lesson;
import fr.immunolearn.progress.CourseProgress;
import fr.immunolearn.progress.CourseProgress.AssessmentStatus;
import fr.immunolearn.progress.CourseProgress.LessonStatus;
import fr.immunolearn.progress.LearnerOverview;
import fr.immunolearn.progress.Position;
import fr.immunolearn.security.CurrentAccount;
import fr.immunolearn.shell.Routes;
import java.util.Optional;

/**
 * The course home: lessons in order with their state and quiz score, overall progress, the final
 * assessment, and "Reprendre" to land exactly where the learner left off.
 */
@Route(value = Routes.HOME, layout = CourseLayout.class)
@AnonymousAllowed
public class CourseHomeView extends Div implements HasDynamicTitle {

    private final transient CourseEditions editions;

    public CourseHomeView(
            CourseEditions editions, CurrentAccount current, LearnerOverview overview) {
        this.editions = editions;
        Course course = course();
        addClassNames("page", "course-home");
        add(new H1(course.title()));
        if (!course.description().isEmpty()) {
            add(paragraph("course-description", course.description()));
        }
        Optional<CourseProgress> progress =
                current.principal().map(p -> overview.progress(p.accountId()));
        if (progress.isPresent()) {
            add(progressPanel(progress.get(), overview.resume(current.id()), course));
        } else {
            add(invitation());
        }
        add(new H2(getTranslation("home.lessons")));
        OrderedList lessons = new OrderedList();
        lessons.addClassName("lesson-list");
        for (int i = 0; i < course.lessons().size(); i++) {
            Lesson lesson = course.lessons().get(i);
            lessons.add(lessonCard(lesson, i + 1, progress.flatMap(p -> p.lesson(lesson.id()))));
        }
        add(lessons);
        add(finalCard(course, progress.map(CourseProgress::finalAssessment)));
        add(about(course));
    }

    private Div progressPanel(CourseProgress progress, Optional<Position> position, Course course) {
        Div panel = new Div();
        panel.addClassName("progress-panel");
        Span label = new Span(getTranslation("home.progress", progress.percent()));
        label.setId("overall-progress-label");
        ProgressBar bar = new ProgressBar(0, 100, progress.percent());
        bar.getElement().setAttribute("aria-labelledby", "overall-progress-label");
        panel.add(label, bar);
        if (progress.completed()) {
            panel.add(paragraph("completed", getTranslation("home.completed")));
        }
        // Where the course rules say "Reprendre" leads; before any activity, "Commencer" at the
        // first lesson.
        Optional<Position> known = position;
        String target = known.map(Routes::of).orElse(Routes.lesson(course.lessons().get(0).id()));
        Button resume =
                new Button(
                        getTranslation(known.isPresent() ? "home.resume" : "home.start"),
                        event -> UI.getCurrent().getPage().setLocation(target));
        resume.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        resume.addClassName("resume");
        panel.add(resume);
        return panel;
    }

    private Div invitation() {
        Div invitation = new Div(paragraph("invitation-text", getTranslation("home.anonymous")));
        invitation.addClassName("invitation");
        Anchor register = new Anchor(Routes.REGISTER, getTranslation("home.register"));
        register.addClassName("button-link");
        Anchor signIn = new Anchor(Routes.SIGN_IN, getTranslation("layout.signIn"));
        signIn.addClassName("button-link-secondary");
        invitation.add(new Div(register, signIn));
        return invitation;
    }

    private ListItem lessonCard(Lesson lesson, int number, Optional<LessonStatus> status) {
        ListItem card = new ListItem();
        card.addClassName("lesson-card");
        Span overline = new Span(getTranslation("home.lesson.number", number));
        overline.addClassName("overline");
        H3 heading = new H3();
        if (status.isPresent()) {
            RouterLink link =
                    new RouterLink(
                            lesson.title(),
                            LessonView.class,
                            new com.vaadin.flow.router.RouteParameters(
                                    Routes.LESSON_ID, lesson.id()));
            link.addClassName("lesson-title");
            heading.add(link);
        } else {
            Span title = new Span(lesson.title());
            title.addClassName("lesson-title");
            heading.add(title);
        }
        card.add(overline, heading);
        status.ifPresent(
                s -> {
                    Span state = new Span(getTranslation("home.state." + s.state().name()));
                    state.addClassNames(
                            "badge",
                            "state-" + s.state().name().toLowerCase(java.util.Locale.ROOT));
                    Span score =
                            new Span(
                                    s.bestPercent() == null
                                            ? getTranslation("home.quiz.none")
                                            : getTranslation(
                                                            "home.quiz.score",
                                                            ScoreWords.percent(
                                                                    this,
                                                                    s.bestPercent(),
                                                                    lesson.quiz().passMark()))
                                                    + " – "
                                                    + getTranslation(
                                                            s.quizPassed()
                                                                    ? "home.quiz.passed"
                                                                    : "home.quiz.notPassed"));
                    score.addClassName("quiz-score");
                    card.add(new Div(state, score));
                });
        return card;
    }

    private Section finalCard(Course course, Optional<AssessmentStatus> status) {
        Section card = new Section(new H2(getTranslation("home.final.title")));
        card.addClassName("final-card");
        if (status.isEmpty()) {
            card.add(paragraph("final-state", getTranslation("home.final.locked")));
            return card;
        }
        AssessmentStatus assessment = status.get();
        if (assessment.bestPercent() != null) {
            card.add(
                    paragraph(
                            "final-result",
                            getTranslation(
                                            "home.final.result",
                                            ScoreWords.percent(
                                                    this,
                                                    assessment.bestPercent(),
                                                    course.finalAssessment().passMark()))
                                    + " – "
                                    + getTranslation(
                                            assessment.passed()
                                                    ? "home.final.passed"
                                                    : "home.final.notPassed")));
        }
        if (!assessment.unlocked()) {
            card.add(paragraph("final-state", getTranslation("home.final.locked")));
        } else if (assessment.inProgress() || assessment.attemptsUsed() == 0) {
            card.add(
                    link(
                            getTranslation(
                                    assessment.inProgress()
                                            ? "home.final.continue"
                                            : "home.final.open"),
                            Routes.quiz(course.finalAssessment().id()),
                            "final-link"));
        } else {
            card.add(
                    link(
                            getTranslation("results.title", course.finalAssessment().title()),
                            Routes.results(course.finalAssessment().id()),
                            "final-link"));
        }
        return card;
    }

    private Section about(Course course) {
        Section about = new Section(new H2(getTranslation("home.about")));
        about.addClassName("about");
        about.add(paragraph("source", getTranslation("home.source", course.source().title())));
        if (!course.source().note().isEmpty()) {
            about.add(paragraph("source-note", course.source().note()));
        }
        return about;
    }

    private static Anchor link(String text, String href, String className) {
        Anchor anchor = new Anchor(href, text);
        anchor.addClassName(className);
        return anchor;
    }

    private static Paragraph paragraph(String className, String text) {
        Paragraph paragraph = new Paragraph(text);
        paragraph.addClassName(className);
        return paragraph;
    }

    private Course course() {
        return editions.edition(getLocale().getLanguage());
    }

    @Override
    public String getPageTitle() {
        return course().title();
    }
}
