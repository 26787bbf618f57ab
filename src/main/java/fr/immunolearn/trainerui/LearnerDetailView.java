package fr.immunolearn.trainerui;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.NotFoundException;
import com.vaadin.flow.router.Route;
import fr.immunolearn.course.Course;
import fr.immunolearn.course.CourseEditions;
import fr.immunolearn.course.Lesson;
import fr.immunolearn.course.Question;
import fr.immunolearn.course.Quiz;
import fr.immunolearn.progress.AnswerJson;
import fr.immunolearn.progress.AttemptState;
import fr.immunolearn.progress.CourseProgress;
import fr.immunolearn.progress.LessonProgress;
import fr.immunolearn.progress.RecordedAnswer;
import fr.immunolearn.quiz.AnswerWording;
import fr.immunolearn.reports.LearnerReports;
import fr.immunolearn.shell.AnswerWords;
import fr.immunolearn.shell.Routes;
import jakarta.annotation.security.RolesAllowed;
import java.text.NumberFormat;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;

/** One learner in full: progress by lesson, then every attempt with every answer. */
@Route(value = Routes.TRAINER_LEARNER, layout = TrainerLayout.class)
@RolesAllowed("TRAINER")
public class LearnerDetailView extends Div implements BeforeEnterObserver, HasDynamicTitle {

    private final transient LearnerReports reports;
    private final transient CourseEditions editions;
    private String name = "";

    public LearnerDetailView(LearnerReports reports, CourseEditions editions) {
        this.reports = reports;
        this.editions = editions;
        addClassNames("page", "wide-page", "trainer-page", "learner-detail");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        long id;
        try {
            id = Long.parseLong(event.getRouteParameters().get(Routes.ACCOUNT_ID).orElse(""));
        } catch (NumberFormatException notAnId) {
            event.rerouteToError(NotFoundException.class);
            return;
        }
        var detail = reports.learner(id);
        if (detail.isEmpty()) {
            event.rerouteToError(NotFoundException.class);
            return;
        }
        removeAll();
        render(detail.get(), editions.edition(getLocale().getLanguage()));
    }

    private void render(LearnerReports.LearnerDetail detail, Course course) {
        name = detail.account().displayName();
        DateTimeFormatter dates =
                DateTimeFormatter.ofLocalizedDateTime(FormatStyle.SHORT)
                        .withLocale(getLocale())
                        .withZone(ZoneId.systemDefault());
        Anchor back = new Anchor(Routes.TRAINER, getTranslation("trainer.detail.back"));
        add(new Paragraph(back), new H1(name));
        add(
                new Paragraph(
                        detail.account().email()
                                + " – "
                                + getTranslation(
                                        "trainer.detail.registered",
                                        dates.format(detail.account().createdAt()))));
        CourseProgress progress = detail.progress();
        add(
                new Paragraph(
                        getTranslation("home.progress", progress.percent())
                                + (progress.completed()
                                        ? " – " + getTranslation("home.completed")
                                        : "")));

        add(new H2(getTranslation("trainer.detail.lessons")));
        Div lessons = new Div();
        lessons.addClassName("detail-lessons");
        for (Lesson lesson : course.lessons()) {
            CourseProgress.LessonStatus status = progress.lesson(lesson.id()).orElseThrow();
            long ms =
                    detail.lessons().stream()
                            .filter(v -> v.lessonId().equals(lesson.id()))
                            .mapToLong(LessonProgress::timeSpentMs)
                            .sum();
            lessons.add(
                    new Paragraph(
                            lesson.title()
                                    + " – "
                                    + getTranslation("home.state." + status.state().name())
                                    + " – "
                                    + getTranslation("trainer.detail.reading", Durations.of(ms))));
        }
        add(lessons);

        add(new H2(getTranslation("trainer.detail.attempts")));
        if (detail.attempts().isEmpty()) {
            add(new Paragraph(getTranslation("trainer.detail.noAttempt")));
        }
        AnswerWording.Words words = AnswerWords.of(this);
        for (AttemptState state : detail.attempts()) {
            Quiz quiz = course.quiz(state.attempt().quizId()).orElse(null);
            if (quiz == null) {
                continue;
            }
            Section section = new Section();
            section.addClassName("detail-attempt");
            section.add(
                    new H3(
                            quiz.title()
                                    + " – "
                                    + getTranslation("quiz.attempt", state.attempt().number())));
            String score =
                    state.attempt().isFinished()
                            ? getTranslation(
                                            "results.score",
                                            NumberFormat.getInstance(getLocale())
                                                    .format(state.attempt().percent()))
                                    + " – "
                                    + getTranslation(
                                            state.attempt().hasPassed()
                                                    ? "home.quiz.passed"
                                                    : "home.quiz.notPassed")
                            : getTranslation(
                                    "trainer.detail.open",
                                    state.answers().size(),
                                    state.questionCount());
            section.add(
                    new Paragraph(
                            score
                                    + " – "
                                    + getTranslation(
                                            "trainer.detail.started",
                                            dates.format(state.attempt().startedAt()))
                                    + " – "
                                    + getTranslation(
                                            "trainer.detail.time",
                                            Durations.of(state.timeSpentMs()))));
            for (RecordedAnswer answer : state.answers()) {
                Question question = quiz.question(answer.questionId()).orElse(null);
                if (question == null) {
                    continue;
                }
                Div row = new Div();
                row.addClassNames(
                        "detail-answer",
                        answer.correct() ? "right" : answer.credit() > 0 ? "partial" : "wrong");
                Paragraph prompt = new Paragraph(question.prompt());
                prompt.addClassName("prompt");
                row.add(
                        prompt,
                        new Paragraph(
                                getTranslation(
                                                "results.yourAnswer",
                                                AnswerWording.given(
                                                        question,
                                                        AnswerJson.read(answer.response()),
                                                        words))
                                        + " – "
                                        + getTranslation(
                                                answer.correct()
                                                        ? "results.right"
                                                        : answer.credit() > 0
                                                                ? "results.partial"
                                                                : "results.wrong")
                                        + " – "
                                        + Durations.of(answer.timeSpentMs())));
                section.add(row);
            }
            add(section);
        }
    }

    @Override
    public String getPageTitle() {
        return name + " – " + getTranslation("trainer.title");
    }
}
