package fr.immunolearn.scormexport;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import fr.immunolearn.course.Choice;
import fr.immunolearn.course.Lesson;
import fr.immunolearn.course.MatchPair;
import fr.immunolearn.course.OrderItem;
import fr.immunolearn.course.Question;
import fr.immunolearn.course.QuestionKind;
import fr.immunolearn.quiz.Answer;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

/**
 * What the LMS must hold once a learner is done, checked against what the learner did: status,
 * score, exit, session time, bookmark, suspend_data, one interaction per answer and one objective
 * per lesson, each in the edition's own format (RTE 1.2 3.4 and appendix; SCORM 2004 RTE 4.2 and
 * appendix C). The expected responses are written here independently of the player's code; the
 * identifiers in them come from {@link LmsIdentifiers}, the Java rule that specifies them.
 */
final class LmsDataCheck {

    static final String TIMESPAN_12 = "\\d{4}:[0-5]\\d:[0-5]\\d\\.\\d{2}";
    static final String TIME_12 = "([01]\\d|2[0-3]):[0-5]\\d:[0-5]\\d";
    static final String DURATION_2004 = "PT(?=\\d)(\\d+H)?(\\d+M)?(\\d+(\\.\\d{1,2})?S)?";
    static final String TIMESTAMP_2004 =
            "\\d{4}-[01]\\d-[0-3]\\dT[0-2]\\d:[0-5]\\d:[0-5]\\d\\.\\d{2}Z";
    private static final String LETTERS = "abcdefghijklmnopqrstuvwxyz0123456789";
    private static final String NUMBERS = "1234567890abcdefghijklmnopqrstuvwxyz";

    private final ScormEdition edition;
    private final ExportedCourse exported;
    private final TestLms lms;
    private final JsonNode cmi;
    private final LmsIdentifiers ids;

    LmsDataCheck(ScormEdition edition, ExportedCourse exported, TestLms lms, JsonNode cmi) {
        this.edition = edition;
        this.exported = exported;
        this.ids = LmsIdentifiers.of(exported.course());
        this.lms = lms;
        this.cmi = cmi;
    }

    private boolean v12() {
        return edition == ScormEdition.SCORM_12;
    }

    private JsonNode core() {
        return v12() ? cmi.get("core") : cmi;
    }

    /**
     * The course passed with the final assessment at {@code finalPercent}, everything answered
     * reported.
     */
    void expectFinished(List<Learner.Given> given, double finalPercent) {
        String raw = decimal(finalPercent);
        if (v12()) {
            assertThat(core().get("lesson_status").asText()).isEqualTo("passed");
            assertThat(lms.lastSet("cmi.core.exit")).as("exit once finished").isEmpty();
            assertThat(lms.lastSet("cmi.core.session_time")).matches(TIMESPAN_12);
        } else {
            assertThat(cmi.get("completion_status").asText()).isEqualTo("completed");
            assertThat(cmi.get("success_status").asText()).isEqualTo("passed");
            assertThat(cmi.get("score").get("scaled").asText())
                    .isEqualTo(decimal(finalPercent / 100));
            // A finished course keeps its attempt open unless it was exported to start a new one
            // (scorm2004.js).
            assertThat(lms.lastSet("cmi.exit"))
                    .as("exit once finished")
                    .isEqualTo(exported.newAttemptWhenFinished() ? "normal" : "suspend");
            assertThat(lms.lastSet("cmi.session_time")).matches(DURATION_2004);
        }
        JsonNode score = core().get("score");
        assertThat(score.get("raw").asText()).isEqualTo(raw);
        assertThat(score.get("min").asText()).isEqualTo("0");
        assertThat(score.get("max").asText()).isEqualTo("100");
        assertThat(core().get(v12() ? "lesson_location" : "location").asText()).isNotEmpty();
        String suspendData = cmi.get("suspend_data").asText();
        assertThat(suspendData)
                .startsWith("3|")
                .hasSizeLessThanOrEqualTo(edition.suspendDataLimit());
        interactions(given);
        objectives(given);
    }

    void interactions(List<Learner.Given> given) {
        JsonNode interactions = cmi.get("interactions");
        assertThat(interactions.size()).as("one interaction per answer").isEqualTo(given.size());
        for (int n = 0; n < given.size(); n++) {
            Learner.Given answer = given.get(n);
            JsonNode interaction = interactions.get(Integer.toString(n));
            String at = "cmi.interactions." + n + ".";
            assertThat(interaction.get("id").asText())
                    .isEqualTo(ids.interaction(answer.question().id(), answer.attempt()));
            assertThat(interaction.get("type").asText()).isEqualTo(type(answer.question()));
            assertThat(interaction.get("objectives").get("0").get("id").asText())
                    .isEqualTo(ids.lesson(exported.lessonOf(answer.question())));
            assertThat(interaction.get("weighting").asText()).isEqualTo("1");
            assertThat(interaction.get("result").asText())
                    .isEqualTo(answer.mark().correct() ? "correct" : v12() ? "wrong" : "incorrect");
            assertThat(interaction.get(v12() ? "student_response" : "learner_response").asText())
                    .as(at + "response")
                    .isEqualTo(response(answer.question(), answer.answer()));
            assertThat(interaction.get("correct_responses").get("0").get("pattern").asText())
                    .as(at + "correct_responses.0.pattern")
                    .isEqualTo(correctPattern(answer.question()));
            if (v12()) {
                assertThat(lms.lastSet(at + "time")).matches(TIME_12);
                assertThat(lms.lastSet(at + "latency")).matches(TIMESPAN_12);
            } else {
                assertThat(lms.lastSet(at + "timestamp")).matches(TIMESTAMP_2004);
                assertThat(lms.lastSet(at + "latency")).matches(DURATION_2004);
            }
        }
    }

    void objectives(List<Learner.Given> given) {
        JsonNode objectives = cmi.get("objectives");
        List<Lesson> lessons = exported.course().lessons();
        assertThat(objectives.size()).as("one objective per lesson").isEqualTo(lessons.size());
        for (int n = 0; n < lessons.size(); n++) {
            Lesson lesson = lessons.get(n);
            JsonNode objective = objectives.get(Integer.toString(n));
            assertThat(objective.get("id").asText()).isEqualTo(ids.lesson(lesson.id()));
            if (v12()) {
                assertThat(objective.get("status").asText()).isEqualTo("passed");
            } else {
                assertThat(objective.get("success_status").asText()).isEqualTo("passed");
                assertThat(objective.get("completion_status").asText()).isEqualTo("completed");
            }
            assertThat(objective.get("score").get("raw").asText())
                    .isEqualTo(decimal(best(given, lesson.quiz())));
        }
    }

    /** The best score the Java rules give the learner's attempts at a quiz. */
    static double best(List<Learner.Given> given, fr.immunolearn.course.Quiz quiz) {
        double best = -1;
        for (int attempt :
                given.stream()
                        .filter(g -> g.quizId().equals(quiz.id()))
                        .map(Learner.Given::attempt)
                        .distinct()
                        .toList()) {
            List<fr.immunolearn.quiz.ScoringRules.WeightedMark> marks =
                    given.stream()
                            .filter(g -> g.quizId().equals(quiz.id()) && g.attempt() == attempt)
                            .map(
                                    g ->
                                            new fr.immunolearn.quiz.ScoringRules.WeightedMark(
                                                    g.question().weight(), g.mark()))
                            .toList();
            best =
                    Math.max(
                            best,
                            fr.immunolearn.quiz.ScoringRules.score(marks, quiz.passMark())
                                    .percent());
        }
        assertThat(best).as("an attempt at " + quiz.id()).isNotNegative();
        return best;
    }

    String type(Question question) {
        return switch (question.type()) {
            case SINGLE_CHOICE, MULTIPLE_RESPONSE -> "choice";
            case TRUE_FALSE -> "true-false";
            case FILL_IN -> "fill-in";
            case MATCHING -> "matching";
            case ORDERING -> "sequencing";
        };
    }

    /** The learner's response as the edition writes it. */
    String response(Question question, Answer answer) {
        QuestionKind kind = question.kind();
        if (answer instanceof Answer.Choices choices) {
            List<Choice> all =
                    kind instanceof QuestionKind.SingleChoice s
                            ? s.choices()
                            : ((QuestionKind.MultipleResponse) kind).choices();
            List<String> picked = new ArrayList<>();
            for (int i = 0; i < all.size(); i++) {
                if (choices.choiceIds().contains(all.get(i).id())) {
                    picked.add(
                            v12()
                                    ? String.valueOf(LETTERS.charAt(i))
                                    : ids.choice(question.id(), all.get(i).id()));
                }
            }
            return String.join(v12() ? "," : "[,]", picked);
        }
        if (answer instanceof Answer.TrueOrFalse value) {
            return v12() ? (value.value() ? "t" : "f") : Boolean.toString(value.value());
        }
        if (answer instanceof Answer.Text text) {
            return text.text();
        }
        if (answer instanceof Answer.Matches matches) {
            List<MatchPair> pairs = ((QuestionKind.Matching) kind).pairs();
            List<String> parts = new ArrayList<>();
            for (int i = 0; i < pairs.size(); i++) {
                String response = matches.responseByPremise().get(pairs.get(i).id());
                int j = pairs.stream().map(MatchPair::id).toList().indexOf(response);
                parts.add(
                        v12()
                                ? NUMBERS.charAt(i) + "." + LETTERS.charAt(j)
                                : ids.pair(question.id(), pairs.get(i).id())
                                        + "[.]"
                                        + ids.pair(question.id(), response));
            }
            return String.join(v12() ? "," : "[,]", parts);
        }
        List<OrderItem> items = ((QuestionKind.Ordering) kind).items();
        List<String> itemIds = items.stream().map(OrderItem::id).toList();
        return ((Answer.Sequence) answer)
                .itemIds().stream()
                        .map(
                                id ->
                                        v12()
                                                ? String.valueOf(
                                                        LETTERS.charAt(itemIds.indexOf(id)))
                                                : ids.item(question.id(), id))
                        .collect(Collectors.joining(v12() ? "," : "[,]"));
    }

    String correctPattern(Question question) {
        QuestionKind kind = question.kind();
        if (kind instanceof QuestionKind.SingleChoice
                || kind instanceof QuestionKind.MultipleResponse) {
            List<Choice> all =
                    kind instanceof QuestionKind.SingleChoice s
                            ? s.choices()
                            : ((QuestionKind.MultipleResponse) kind).choices();
            return response(
                    question,
                    new Answer.Choices(
                            all.stream().filter(Choice::correct).map(Choice::id).toList()));
        }
        if (kind instanceof QuestionKind.TrueFalse trueFalse) {
            return response(question, new Answer.TrueOrFalse(trueFalse.answer()));
        }
        if (kind instanceof QuestionKind.FillIn fillIn) {
            return (v12() ? "" : "{case_matters=false}") + fillIn.acceptedAnswers().get(0);
        }
        if (kind instanceof QuestionKind.Matching matching) {
            java.util.Map<String, String> key = new java.util.LinkedHashMap<>();
            matching.pairs().forEach(p -> key.put(p.id(), p.id()));
            return response(question, new Answer.Matches(key));
        }
        return response(
                question,
                new Answer.Sequence(
                        ((QuestionKind.Ordering) kind)
                                .items().stream().map(OrderItem::id).toList()));
    }

    /** A number as CMIDecimal: no exponent, no trailing zeros. */
    static String decimal(double value) {
        return new java.math.BigDecimal(Double.toString(value))
                .stripTrailingZeros()
                .toPlainString();
    }
}
