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
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import fr.immunolearn.course.Course;
import fr.immunolearn.course.CourseEditions;
import fr.immunolearn.course.Lesson;
import fr.immunolearn.course.Question;
import fr.immunolearn.course.Quiz;
import fr.immunolearn.progress.AnswerJson;
import fr.immunolearn.progress.Attempt;
import fr.immunolearn.progress.AttemptState;
import fr.immunolearn.progress.Attempts;
import fr.immunolearn.progress.CourseRules;
import fr.immunolearn.progress.Position;
import fr.immunolearn.progress.QuizRecord;
import fr.immunolearn.progress.QuizRefusal;
import fr.immunolearn.progress.RecordedAnswer;
import fr.immunolearn.quiz.AnswerWording;
import fr.immunolearn.security.CurrentAccount;
import fr.immunolearn.shell.AnswerWords;
import fr.immunolearn.shell.Routes;
import jakarta.annotation.security.PermitAll;
import java.util.List;
import java.util.Optional;

/**
 * A finished attempt: the score against the pass mark, every question with the learner's answer,
 * the right one and why, and a retry while attempts remain. Only the signed-in learner's attempts
 * exist here: the optional {@code ?tentative=N} is a number among their own attempts.
 */
@Route(value = Routes.RESULTS, layout = CourseLayout.class)
@PermitAll
public class ResultsView extends Div implements BeforeEnterObserver, HasDynamicTitle {

    private final transient CourseEditions editions;
    private final transient Attempts attempts;
    private final transient CurrentAccount current;
    private String quizId;

    public ResultsView(CourseEditions editions, Attempts attempts, CurrentAccount current) {
        this.editions = editions;
        this.attempts = attempts;
        this.current = current;
        addClassNames("page", "results-page");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        String id = event.getRouteParameters().get(Routes.QUIZ_ID).orElse("");
        if (course().quiz(id).isEmpty()) {
            event.forwardTo(CourseHomeView.class);
            return;
        }
        quizId = id;
        List<Attempt> mine = attempts.attempts(current.id(), quizId);
        Optional<Integer> asked =
                event.getLocation()
                        .getQueryParameters()
                        .getSingleParameter("tentative")
                        .flatMap(ResultsView::number);
        Optional<Attempt> shown =
                asked.isPresent()
                        ? mine.stream()
                                .filter(a -> a.number() == asked.get() && a.isFinished())
                                .findFirst()
                        : mine.stream()
                                .filter(Attempt::isFinished)
                                .reduce((first, second) -> second);
        removeAll();
        if (shown.isEmpty()) {
            add(
                    new H1(getTranslation("results.title", quiz().title())),
                    new Paragraph(getTranslation("results.none")));
            add(homeLink());
            return;
        }
        render(attempts.attempt(current.id(), quizId, shown.get().number()).orElseThrow(), mine);
    }

    private void render(AttemptState state, List<Attempt> mine) {
        Quiz quiz = quiz();
        Attempt attempt = state.attempt();
        add(new H1(getTranslation("results.title", quiz.title())));
        Div summary = new Div();
        summary.addClassNames("score-summary", attempt.hasPassed() ? "passed" : "not-passed");
        Paragraph score =
                new Paragraph(
                        getTranslation(
                                "results.score",
                                ScoreWords.percent(this, attempt.percent(), quiz.passMark())));
        score.addClassName("score");
        Paragraph verdict =
                new Paragraph(
                        getTranslation(
                                attempt.hasPassed() ? "results.passed" : "results.notPassed",
                                ScoreWords.percent(this, quiz.passMark())));
        verdict.addClassName("verdict");
        Span attemptLabel =
                new Span(
                        quiz.maxAttempts() > 0
                                ? getTranslation(
                                        "quiz.attemptOf", attempt.number(), quiz.maxAttempts())
                                : getTranslation("quiz.attempt", attempt.number()));
        summary.add(score, verdict, attemptLabel);
        add(summary);
        add(actions(quiz, mine));

        add(new H2(getTranslation("results.review")));
        OrderedList review = new OrderedList();
        review.addClassName("review");
        AnswerWording.Words words = AnswerWords.of(this);
        int position = 0;
        for (String questionId : attempt.questionOrder()) {
            position++;
            Question question = quiz.question(questionId).orElseThrow();
            review.add(reviewItem(position, question, state.answerTo(questionId), words));
        }
        add(review);
    }

    private ListItem reviewItem(
            int position,
            Question question,
            Optional<RecordedAnswer> answer,
            AnswerWording.Words words) {
        ListItem item = new ListItem();
        item.addClassName("review-item");
        CourseRules.Verdict verdict =
                CourseRules.verdict(answer.map(RecordedAnswer::credit).orElse(0.0));
        item.addClassName(
                switch (verdict) {
                    case CORRECT -> "right";
                    case PARTLY -> "partial";
                    case INCORRECT -> "wrong";
                });
        double credit = answer.map(RecordedAnswer::credit).orElse(0.0);
        Paragraph prompt = new Paragraph(question.prompt());
        prompt.addClassName("prompt");
        String given =
                answer.map(a -> AnswerWording.given(question, AnswerJson.read(a.response()), words))
                        .orElse(words.nothing());
        Paragraph yours = new Paragraph(getTranslation("results.yourAnswer", given));
        yours.addClassName("your-answer");
        item.add(new H3(getTranslation("results.question", position)), prompt, yours);
        String explanation = question.feedback().explanation();
        var passage = course().passage(question.passageId());
        // The review shows a question's feedback in the course rules' order, as the player's review
        // does; it has no lead line and no choice feedback, which belong to the moment of
        // answering.
        for (CourseRules.FeedbackPart part :
                CourseRules.feedbackParts(
                        verdict, false, false, !explanation.isEmpty(), passage.isPresent())) {
            switch (part) {
                case VERDICT -> {
                    Paragraph verdictLine =
                            new Paragraph(QuizView.verdictWords(this, verdict, credit));
                    verdictLine.addClassName("verdict");
                    item.add(verdictLine);
                }
                case RIGHT_ANSWER -> {
                    Paragraph right =
                            new Paragraph(
                                    getTranslation(
                                            "results.rightAnswer",
                                            AnswerWording.correct(question, words)));
                    right.addClassName("right-answer");
                    item.add(right);
                }
                case EXPLANATION -> {
                    Paragraph why = new Paragraph(explanation);
                    why.addClassName("explanation");
                    item.add(why);
                }
                case PASSAGE ->
                        passage.ifPresent(
                                ref -> {
                                    Anchor link =
                                            new Anchor(
                                                    Routes.of(
                                                            new Position.InLesson(
                                                                    ref.lesson().id(),
                                                                    ref.passage().id())),
                                                    getTranslation(
                                                            "feedback.passage",
                                                            ref.passage().title()));
                                    link.addClassName("review-link");
                                    // A page load, not the router: the lesson then lands on the
                                    // passage its address names.
                                    link.getElement().setAttribute("router-ignore", true);
                                    item.add(new Paragraph(link));
                                });
                case LEAD, CHOICE -> {
                    // Not part of a review (see above).
                }
            }
        }
        return item;
    }

    private Div actions(Quiz quiz, List<Attempt> mine) {
        Div actions = new Div();
        actions.addClassName("actions");
        QuizRecord record = QuizRecord.of(quiz, mine, 0);
        // An open attempt is resumed by the same button; a new one may start even after a pass
        // (CourseRules.mayStart).
        if (record.open() || CourseRules.mayStart(record)) {
            Button retry = new Button(getTranslation("results.retry"), event -> retry());
            retry.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
            retry.addClassName("retry");
            actions.add(retry);
            int left = CourseRules.attemptsLeft(record);
            if (left >= 0) {
                actions.add(new Paragraph(getTranslation("results.attemptsLeft", left)));
            }
        } else {
            actions.add(new Paragraph(getTranslation("results.noAttemptLeft")));
        }
        Course course = course();
        Optional<Lesson> lesson =
                quiz.lessonId() == null ? Optional.empty() : course.lesson(quiz.lessonId());
        lesson.ifPresent(
                current -> {
                    int index = course.lessons().indexOf(current);
                    if (index < course.lessons().size() - 1) {
                        Lesson next = course.lessons().get(index + 1);
                        Anchor link =
                                new Anchor(
                                        Routes.lesson(next.id()),
                                        getTranslation("results.nextLesson", next.title()));
                        link.addClassName("next-lesson");
                        actions.add(link);
                    } else {
                        Anchor link =
                                new Anchor(
                                        Routes.quiz(course.finalAssessment().id()),
                                        getTranslation("results.final"));
                        link.addClassName("to-final");
                        actions.add(link);
                    }
                });
        actions.add(homeLink());
        return actions;
    }

    private void retry() {
        try {
            attempts.retry(current.id(), quizId);
            UI.getCurrent().navigate(QuizView.class, QuizView.parameters(quizId));
        } catch (QuizRefusal refusal) {
            Notification.show(
                    getTranslation(
                            refusal.reason() == QuizRefusal.Reason.LOCKED
                                    ? "quiz.locked"
                                    : "quiz.noAttemptLeft"),
                    6000,
                    Notification.Position.MIDDLE);
        }
    }

    private Anchor homeLink() {
        Anchor home = new Anchor("", getTranslation("results.home"));
        home.addClassName("home-link");
        return home;
    }

    private static Optional<Integer> number(String text) {
        try {
            return Optional.of(Integer.parseInt(text));
        } catch (NumberFormatException notANumber) {
            return Optional.empty();
        }
    }

    private Quiz quiz() {
        return course().quiz(quizId).orElseThrow();
    }

    private Course course() {
        return editions.edition(getLocale().getLanguage());
    }

    @Override
    public String getPageTitle() {
        return quizId == null ? course().title() : getTranslation("results.title", quiz().title());
    }
}
