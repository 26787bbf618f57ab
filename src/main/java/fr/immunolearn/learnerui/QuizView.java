package fr.immunolearn.learnerui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.progressbar.ProgressBar;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouteParameters;
import fr.immunolearn.course.Choice;
import fr.immunolearn.course.Course;
import fr.immunolearn.course.CourseEditions;
import fr.immunolearn.course.Question;
import fr.immunolearn.course.QuestionKind;
import fr.immunolearn.course.Quiz;
import fr.immunolearn.progress.AttemptState;
import fr.immunolearn.progress.Attempts;
import fr.immunolearn.progress.CourseRules;
import fr.immunolearn.progress.MarkedAnswer;
import fr.immunolearn.progress.Position;
import fr.immunolearn.progress.QuizRefusal;
import fr.immunolearn.quiz.Answer;
import fr.immunolearn.quiz.AnswerWording;
import fr.immunolearn.quiz.InvalidAnswerException;
import fr.immunolearn.security.CurrentAccount;
import fr.immunolearn.shell.AnswerWords;
import fr.immunolearn.shell.Routes;
import jakarta.annotation.security.PermitAll;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.springframework.dao.DataAccessException;

/**
 * A quiz, one question at a time. "Valider" stores the answer first, then shows whether it is
 * right, why, and where the lesson teaches it. The view keeps ids only: reopened anywhere, the quiz
 * resumes at the first unanswered question of the open attempt.
 */
@Route(value = Routes.QUIZ, layout = CourseLayout.class)
@PermitAll
public class QuizView extends Div implements BeforeEnterObserver, HasDynamicTitle {

    private final transient CourseEditions editions;
    private final transient Attempts attempts;
    private final transient CurrentAccount current;
    private String quizId;
    private long attemptId;
    private String questionId;
    private Instant shownAt;
    private transient QuestionInput input;

    public QuizView(CourseEditions editions, Attempts attempts, CurrentAccount current) {
        this.editions = editions;
        this.attempts = attempts;
        this.current = current;
        addClassNames("page", "quiz-page");
    }

    static RouteParameters parameters(String quizId) {
        return new RouteParameters(Routes.QUIZ_ID, quizId);
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        String id = event.getRouteParameters().get(Routes.QUIZ_ID).orElse("");
        if (course().quiz(id).isEmpty()) {
            event.forwardTo(CourseHomeView.class);
            return;
        }
        quizId = id;
        AttemptState state;
        try {
            state = attempts.open(current.id(), quizId);
        } catch (QuizRefusal refusal) {
            Notification.show(
                    getTranslation(
                            refusal.reason() == QuizRefusal.Reason.LOCKED
                                    ? "quiz.locked"
                                    : "quiz.notFound"),
                    6000,
                    Notification.Position.MIDDLE);
            event.forwardTo(CourseHomeView.class);
            return;
        }
        if (state.attempt().isFinished()) {
            event.forwardTo(ResultsView.class, parameters(quizId));
            return;
        }
        attemptId = state.attempt().id();
        // An address naming a question already answered (back from the passage its feedback sent
        // the
        // learner to) shows it again with that feedback; one naming a later question, the first
        // unanswered.
        List<String> order = state.attempt().questionOrder();
        Optional<String> named =
                Optional.of(
                                Routes.question(
                                        event.getLocation().getQueryParameters().getParameters()))
                        .filter(java.util.OptionalInt::isPresent)
                        .map(java.util.OptionalInt::getAsInt)
                        .filter(n -> n < order.size())
                        .map(order::get)
                        .filter(q -> state.answerTo(q).isPresent());
        if (named.isEmpty() && state.allAnswered()) {
            attempts.finish(current.id(), state.attempt().id());
            event.forwardTo(ResultsView.class, parameters(quizId));
            return;
        }
        String shown = named.orElseGet(() -> state.nextQuestionId().orElseThrow());
        show(state, shown, named.flatMap(q -> attempts.given(current.id(), attemptId, q)));
    }

    private void show(AttemptState state, String nextQuestionId, Optional<MarkedAnswer> given) {
        removeAll();
        questionId = nextQuestionId;
        shownAt = Instant.now();
        Quiz quiz = quiz();
        Question question = quiz.question(questionId).orElseThrow();
        int position = state.positionOf(questionId);
        add(new H1(quiz.title()));
        Span attemptLabel =
                new Span(
                        quiz.maxAttempts() > 0
                                ? getTranslation(
                                        "quiz.attemptOf",
                                        state.attempt().number(),
                                        quiz.maxAttempts())
                                : getTranslation("quiz.attempt", state.attempt().number()));
        attemptLabel.addClassName("attempt-label");
        add(attemptLabel);

        Section card = new Section();
        card.addClassName("question-card");
        H2 progressLabel = new H2(getTranslation("quiz.progress", position, state.questionCount()));
        progressLabel.setId("question-progress");
        progressLabel.addClassName("question-progress");
        ProgressBar bar = new ProgressBar(0, state.questionCount(), position - 1);
        bar.getElement().setAttribute("aria-labelledby", "question-progress");
        input =
                QuestionInput.of(
                        question,
                        state.attempt().optionOrder().getOrDefault(questionId, List.of()),
                        this::getTranslation);
        Div feedback = new Div();
        feedback.addClassName("feedback");
        feedback.getElement().setAttribute("role", "status");
        feedback.getElement().setAttribute("aria-live", "polite");
        Button check = new Button(getTranslation("quiz.submit"));
        check.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        check.addClassName("check");
        Div actions = new Div(check);
        actions.addClassName("actions");
        check.addClickListener(event -> submit(question, check, actions, feedback));
        // Enter checks the answer from the text field only: on the ordering buttons Enter moves an
        // item.
        input.enterChecks(check);
        card.getElement().setAttribute("data-question", questionId);
        card.add(progressLabel, bar, input.component(), feedback, actions);
        add(card);
        // The address names the question on screen, so the browser's back button and a reload come
        // back to it.
        UI.getCurrent()
                .getPage()
                .getHistory()
                .replaceState(null, Routes.of(new Position.InQuiz(quizId, position - 1)));
        given.ifPresent(
                marked -> {
                    input.show(marked.answer());
                    answered(question, marked, check, actions, feedback);
                });
    }

    private void submit(Question question, Button check, Div actions, Div feedback) {
        Optional<Answer> answer = input.answer();
        if (answer.isEmpty()) {
            return;
        }
        MarkedAnswer marked;
        try {
            marked =
                    attempts.answer(
                            current.id(),
                            attemptId,
                            question.id(),
                            answer.get(),
                            language(),
                            Duration.between(shownAt, Instant.now()));
        } catch (InvalidAnswerException invalid) {
            input.showError(
                    getTranslation(
                            invalid.reason() == InvalidAnswerException.Reason.TOO_LONG
                                    ? "quiz.tooLong"
                                    : "quiz.required.choice"));
            return;
        } catch (DataAccessException storageDown) {
            // Nothing was stored: the learner's answer stays on screen to be sent again.
            Notification.show(
                    getTranslation("quiz.saveFailed"), 8000, Notification.Position.MIDDLE);
            return;
        } catch (QuizRefusal finishedElsewhere) {
            UI.getCurrent().navigate(ResultsView.class, parameters(quizId));
            return;
        }
        if (marked.alreadyAnswered()) {
            // Answered in another tab first: the stored answer replaces this tab's, so the screen
            // and its feedback agree.
            input.show(marked.answer());
        }
        answered(question, marked, check, actions, feedback);
    }

    private void answered(
            Question question, MarkedAnswer marked, Button check, Div actions, Div feedback) {
        input.lock();
        showFeedback(question, marked, feedback);
        actions.remove(check);
        Button next =
                marked.isLast()
                        ? new Button(
                                getTranslation("quiz.results"),
                                e -> {
                                    attempts.finish(current.id(), attemptId);
                                    UI.getCurrent().navigate(ResultsView.class, parameters(quizId));
                                })
                        : new Button(
                                getTranslation("quiz.next"),
                                e -> {
                                    AttemptState state = attempts.state(current.id(), attemptId);
                                    state.nextQuestionId()
                                            .ifPresentOrElse(
                                                    id -> show(state, id, Optional.empty()),
                                                    () ->
                                                            UI.getCurrent()
                                                                    .navigate(
                                                                            ResultsView.class,
                                                                            parameters(quizId)));
                                });
        next.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        next.addClassName(marked.isLast() ? "see-results" : "next-question");
        actions.add(next);
        next.focus();
    }

    private void showFeedback(Question question, MarkedAnswer marked, Div feedback) {
        feedback.removeAll();
        feedback.getClassNames().removeAll(List.of("correct", "partial", "incorrect"));
        double credit = marked.mark().credit();
        CourseRules.Verdict verdict = CourseRules.verdict(credit);
        feedback.addClassName(
                switch (verdict) {
                    case CORRECT -> "correct";
                    case PARTLY -> "partial";
                    case INCORRECT -> "incorrect";
                });
        if (marked.alreadyAnswered()) {
            Paragraph elsewhere = new Paragraph(getTranslation("quiz.answeredElsewhere"));
            elsewhere.addClassName("answered-elsewhere");
            feedback.add(elsewhere);
        }
        String lead =
                verdict == CourseRules.Verdict.CORRECT
                        ? question.feedback().whenCorrect()
                        : question.feedback().whenIncorrect();
        UnorderedList choiceFeedback = choiceFeedback(question, marked.answer());
        String explanation = question.feedback().explanation();
        var passage = course().passage(question.passageId());
        for (CourseRules.FeedbackPart part :
                CourseRules.feedbackParts(
                        verdict,
                        !lead.isEmpty(),
                        choiceFeedback.getChildren().findAny().isPresent(),
                        !explanation.isEmpty(),
                        passage.isPresent())) {
            switch (part) {
                case VERDICT -> {
                    Paragraph verdictLine = new Paragraph(verdictWords(this, verdict, credit));
                    verdictLine.addClassName("verdict");
                    feedback.add(verdictLine);
                }
                case LEAD -> feedback.add(new Paragraph(lead));
                case CHOICE -> feedback.add(choiceFeedback);
                case RIGHT_ANSWER -> {
                    Paragraph right =
                            new Paragraph(
                                    getTranslation("feedback.rightAnswer")
                                            + " "
                                            + AnswerWording.correct(
                                                    question, AnswerWords.of(this)));
                    right.addClassName("right-answer");
                    feedback.add(right);
                }
                case EXPLANATION -> {
                    Paragraph why = new Paragraph(explanation);
                    why.addClassName("explanation");
                    feedback.add(why);
                }
                case PASSAGE ->
                        passage.ifPresent(
                                ref -> {
                                    Anchor review =
                                            new Anchor(
                                                    Routes.passageFrom(
                                                            new Position.InLesson(
                                                                    ref.lesson().id(),
                                                                    ref.passage().id()),
                                                            new Position.InQuiz(
                                                                    quizId, marked.position() - 1)),
                                                    getTranslation(
                                                            "feedback.passage",
                                                            ref.passage().title()));
                                    review.addClassName("review-link");
                                    // A page load, not the router: the lesson then lands on the
                                    // passage its address names.
                                    review.getElement().setAttribute("router-ignore", true);
                                    feedback.add(new Paragraph(review));
                                });
            }
        }
    }

    /**
     * The verdict in words, the same the player shows: a partly right answer says its share of the
     * points.
     */
    static String verdictWords(
            com.vaadin.flow.component.Component view, CourseRules.Verdict verdict, double credit) {
        return switch (verdict) {
            case CORRECT -> view.getTranslation("feedback.correct");
            case PARTLY ->
                    view.getTranslation("feedback.partial", ScoreWords.percent(view, credit * 100));
            case INCORRECT -> view.getTranslation("feedback.incorrect");
        };
    }

    /** What the model says about each choice the learner picked. */
    private UnorderedList choiceFeedback(Question question, Answer answer) {
        UnorderedList list = new UnorderedList();
        list.addClassName("choice-feedback");
        List<Choice> choices =
                question.kind() instanceof QuestionKind.SingleChoice s
                        ? s.choices()
                        : question.kind() instanceof QuestionKind.MultipleResponse m
                                ? m.choices()
                                : List.of();
        if (answer instanceof Answer.Choices chosen) {
            for (Choice choice : choices) {
                if (chosen.choiceIds().contains(choice.id()) && !choice.feedback().isEmpty()) {
                    list.add(
                            new ListItem(
                                    getTranslation(
                                            "feedback.yourChoice",
                                            choice.text(),
                                            choice.feedback())));
                }
            }
        }
        return list;
    }

    private String language() {
        return getLocale().getLanguage();
    }

    private Quiz quiz() {
        return course().quiz(quizId).orElseThrow();
    }

    private Course course() {
        return editions.edition(language());
    }

    @Override
    public String getPageTitle() {
        return quizId == null ? course().title() : quiz().title();
    }
}
