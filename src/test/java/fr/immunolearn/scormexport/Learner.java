package fr.immunolearn.scormexport;

import static org.assertj.core.api.Assertions.assertThat;

import fr.immunolearn.course.Choice;
import fr.immunolearn.course.MatchPair;
import fr.immunolearn.course.OrderItem;
import fr.immunolearn.course.Question;
import fr.immunolearn.course.QuestionKind;
import fr.immunolearn.course.Quiz;
import fr.immunolearn.quiz.Answer;
import fr.immunolearn.quiz.Mark;
import fr.immunolearn.quiz.Score;
import fr.immunolearn.quiz.ScoringRules;
import fr.immunolearn.testing.Browser;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.IntPredicate;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * A learner clicking through the player, as a person would: it reads the question on screen, finds
 * it in the course model, and answers it right or wrong on purpose. Each answer is marked again
 * with the Java scoring rules, so a test knows what the player and the LMS should report.
 */
final class Learner {

    /** One answer given, with the mark the Java rules give it. */
    record Given(String quizId, int attempt, Question question, Answer answer, Mark mark) {}

    private final ChromeDriver browser;
    private final ExportedCourse exported;
    private final List<Given> given = new ArrayList<>();
    private final Map<String, Integer> attempts = new LinkedHashMap<>();

    Learner(ChromeDriver browser, ExportedCourse exported) {
        this.browser = browser;
        this.exported = exported;
    }

    List<Given> given() {
        return List.copyOf(given);
    }

    WebDriverWait waiting() {
        return Browser.waitUpTo(browser, Duration.ofSeconds(10));
    }

    /**
     * A text of the model as Selenium reads it on screen: no-break spaces (not narrow ones) come
     * back as plain ones.
     */
    static String plain(String text) {
        return text.replace('\u00a0', ' ');
    }

    String heading() {
        return browser.findElement(By.cssSelector("main h1")).getText();
    }

    void click(By by) {
        waiting().until(ExpectedConditions.elementToBeClickable(by)).click();
    }

    void openLesson(int index) {
        String id = exported.course().lessons().get(index).id();
        click(By.cssSelector("button[data-lesson='" + id + "']"));
        waiting()
                .until(
                        d ->
                                heading()
                                        .contains(
                                                plain(
                                                        exported.course()
                                                                .lessons()
                                                                .get(index)
                                                                .title())));
    }

    void home() {
        click(
                By.xpath(
                        "//main//nav/button[1] | //main//div[contains(@class,'actions')]/button[contains(@class,'link')]"));
        waiting().until(d -> heading().equals(plain(exported.course().title())));
    }

    /** From a lesson: starts, resumes or reviews its quiz. */
    void toQuiz() {
        click(By.cssSelector("button.quiz-start"));
    }

    void startFinal() {
        click(
                By.cssSelector(
                        "button[data-quiz='" + exported.course().finalAssessment().id() + "']"));
    }

    void retry() {
        click(By.cssSelector("button.retry"));
        waiting().until(d -> !d.findElements(By.cssSelector("form.question")).isEmpty());
    }

    boolean onQuestion() {
        return !browser.findElements(By.cssSelector("form.question")).isEmpty();
    }

    String questionId() {
        return browser.findElement(By.cssSelector("form.question"))
                .getAttribute("data-question-id");
    }

    /** The model's question now on screen. */
    Question exportedQuestion() {
        return exported.course().question(questionId()).orElseThrow();
    }

    fr.immunolearn.course.Course exportedCourse() {
        return exported.course();
    }

    String progressText() {
        return browser.findElement(By.cssSelector(".quiz-progress")).getText();
    }

    private Quiz quizOf(String questionId) {
        return exported.course().quizzes().stream()
                .filter(q -> q.question(questionId).isPresent())
                .findFirst()
                .orElseThrow();
    }

    /**
     * Answers the question on screen, right or wrong, checks it, and waits for the feedback. The
     * attempt number is counted from the progress line's "1 of N".
     */
    Mark answer(boolean right) {
        String id = questionId();
        Question question = exported.course().question(id).orElseThrow();
        Quiz quiz = quizOf(id);
        if (progressText().matches("\\D*1\\D.*")) {
            attempts.merge(quiz.id(), 1, Integer::sum);
        }
        Answer answer = fill(question, right);
        Mark mark = ScoringRules.mark(question, answer);
        click(By.cssSelector("button.validate"));
        waiting()
                .withMessage(() -> "no feedback for " + id + " after Valider: " + screen())
                .until(
                        ExpectedConditions.visibilityOfElementLocated(
                                By.cssSelector("button.next")));
        assertThat(browser.findElement(By.cssSelector(".verdict")).getAttribute("class"))
                .as("the player's verdict on %s", id)
                .contains(mark.correct() ? "correct" : mark.credit() > 0 ? "partial" : "incorrect");
        given.add(
                new Given(quiz.id(), attempts.getOrDefault(quiz.id(), 1), question, answer, mark));
        return mark;
    }

    /** Goes on to the next question or the results, and waits until the screen has changed. */
    void next() {
        WebElement next =
                waiting()
                        .until(
                                ExpectedConditions.elementToBeClickable(
                                        By.cssSelector("button.next")));
        next.click();
        waiting().until(ExpectedConditions.stalenessOf(next));
    }

    /**
     * Answers every remaining question of the attempt, right where {@code right} says so, and opens
     * the results.
     */
    void answerAll(IntPredicate right) {
        answerAll(right, Duration.ZERO);
    }

    /** The same, reading each feedback for {@code reading} before going on, as a learner does. */
    void answerAll(IntPredicate right, Duration reading) {
        for (int position = 0; onQuestion(); position++) {
            answer(right.test(position));
            read(reading);
            next();
        }
        waiting().until(d -> !d.findElements(By.cssSelector("p.score")).isEmpty());
    }

    private static void read(Duration reading) {
        try {
            Thread.sleep(reading.toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /**
     * What the screen shows when a step did not happen: the question's error line, the status line,
     * the buttons.
     */
    private String screen() {
        Object seen =
                browser.executeScript(
                        "var t = function (s) { var e = document.querySelector(s);"
                                + " return e ? JSON.stringify(e.textContent) + (e.hidden ? ' (hidden)' : '') : 'none'; };"
                                + " return 'error ' + t('.form-error') + ', status ' + t('.status') + ', validate ' + t('button.validate')"
                                + " + ', next ' + t('.actions button.next') + ', feedback ' + t('#feedback');");
        return String.valueOf(seen);
    }

    String scoreLine() {
        return browser.findElement(By.cssSelector("p.score")).getText();
    }

    /** The score the Java rules give the last attempt at a quiz, from the answers given to it. */
    Score expectedScore(String quizId) {
        int attempt = attempts.get(quizId);
        Quiz quiz = exported.course().quiz(quizId).orElseThrow();
        List<ScoringRules.WeightedMark> marks =
                given.stream()
                        .filter(g -> g.quizId().equals(quizId) && g.attempt() == attempt)
                        .map(g -> new ScoringRules.WeightedMark(g.question().weight(), g.mark()))
                        .toList();
        return ScoringRules.score(marks, quiz.passMark());
    }

    private Answer fill(Question question, boolean right) {
        QuestionKind kind = question.kind();
        if (kind instanceof QuestionKind.SingleChoice single) {
            String pick =
                    single.choices().stream()
                            .filter(c -> c.correct() == right)
                            .findFirst()
                            .orElseThrow()
                            .id();
            tick(pick);
            return new Answer.Choices(List.of(pick));
        }
        if (kind instanceof QuestionKind.MultipleResponse multiple) {
            List<String> picks =
                    right
                            ? multiple.choices().stream()
                                    .filter(Choice::correct)
                                    .map(Choice::id)
                                    .toList()
                            : List.of(
                                    multiple.choices().stream()
                                            .filter(c -> !c.correct())
                                            .findFirst()
                                            .orElseThrow()
                                            .id());
            picks.forEach(this::tick);
            return new Answer.Choices(picks);
        }
        if (kind instanceof QuestionKind.TrueFalse trueFalse) {
            boolean value = right == trueFalse.answer();
            tick(Boolean.toString(value));
            return new Answer.TrueOrFalse(value);
        }
        if (kind instanceof QuestionKind.FillIn fillIn) {
            String text = right ? fillIn.acceptedAnswers().get(0) : "je ne sais pas";
            WebElement input = browser.findElement(By.id("typed"));
            input.clear();
            input.sendKeys(text);
            return new Answer.Text(text);
        }
        if (kind instanceof QuestionKind.Matching matching) {
            List<MatchPair> pairs = matching.pairs();
            Map<String, String> matches = new LinkedHashMap<>();
            for (int i = 0; i < pairs.size(); i++) {
                String response =
                        right ? pairs.get(i).id() : pairs.get((i + 1) % pairs.size()).id();
                new Select(
                                browser.findElement(
                                        By.cssSelector(
                                                "select[data-premise='"
                                                        + pairs.get(i).id()
                                                        + "']")))
                        .selectByValue(response);
                matches.put(pairs.get(i).id(), response);
            }
            return new Answer.Matches(matches);
        }
        QuestionKind.Ordering ordering = (QuestionKind.Ordering) kind;
        if (right) {
            List<String> target = ordering.items().stream().map(OrderItem::id).toList();
            for (int place = 0; place < target.size(); place++) {
                for (int at = order().indexOf(target.get(place)); at > place; at--) {
                    browser.findElements(By.cssSelector("ol.ordering > li"))
                            .get(at)
                            .findElement(By.cssSelector("button.move-up"))
                            .click();
                }
            }
        }
        return new Answer.Sequence(order());
    }

    /** The ordering items as they stand on screen. */
    List<String> order() {
        return browser.findElements(By.cssSelector("ol.ordering > li")).stream()
                .map(li -> li.getAttribute("data-item"))
                .toList();
    }

    private void tick(String value) {
        browser.findElement(By.cssSelector("form.question input[value='" + value + "']")).click();
    }
}
