package fr.immunolearn.scormexport;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** The judge itself: what Moodle 4.5 is known to refuse, it refuses; what it takes, it takes. */
class MoodleDataModelTest {

    private static List<String> codes(ScormEdition edition, String... elementsAndValues) {
        MoodleDataModel moodle = new MoodleDataModel(edition);
        List<String> codes = new ArrayList<>();
        for (int i = 0; i < elementsAndValues.length; i += 2) {
            Optional<MoodleDataModel.Refusal> refusal =
                    moodle.set(elementsAndValues[i], elementsAndValues[i + 1]);
            codes.add(refusal.map(MoodleDataModel.Refusal::code).orElse("ok"));
        }
        return codes;
    }

    @Test
    void scorm2004HyphenatedShortIdentifiersAreRefusedWith406AsMoodleDoes() {
        assertThat(
                        codes(
                                ScormEdition.SCORM_2004,
                                "cmi.interactions.0.id",
                                "acy-q2_1",
                                "cmi.interactions.0.type",
                                "matching",
                                "cmi.interactions.0.learner_response",
                                "auto-immunes[.]auto-immunes",
                                "cmi.interactions.0.learner_response",
                                "auto_immunes[.]auto_immunes[,]a.b[.]c",
                                "cmi.interactions.0.correct_responses.0.pattern",
                                "micro-dose[.]micro-dose",
                                "cmi.interactions.0.correct_responses.0.pattern",
                                "micro_dose[.]micro_dose"))
                .containsExactly("ok", "ok", "406", "ok", "406", "ok");
    }

    @Test
    void scorm2004ResponsesAreCheckedAgainstTheInteractionsType() {
        assertThat(
                        codes(
                                ScormEdition.SCORM_2004,
                                "cmi.interactions.0.learner_response",
                                "a",
                                "cmi.interactions.0.type",
                                "choice",
                                "cmi.interactions.0.learner_response",
                                "a[,]b",
                                "cmi.interactions.0.learner_response",
                                "a[,]a",
                                "cmi.interactions.0.correct_responses.0.pattern",
                                "a[,]b",
                                "cmi.interactions.0.correct_responses.1.pattern",
                                "a[,]b",
                                "cmi.interactions.1.id",
                                "q_1",
                                "cmi.interactions.1.type",
                                "true-false",
                                "cmi.interactions.1.learner_response",
                                "t",
                                "cmi.interactions.1.correct_responses.0.pattern",
                                "true",
                                "cmi.interactions.1.correct_responses.1.pattern",
                                "false",
                                "cmi.interactions.2.type",
                                "fill-in",
                                "cmi.interactions.2.correct_responses.0.pattern",
                                "{case_matters=false}réponse",
                                "cmi.interactions.2.correct_responses.1.pattern",
                                "{case_matters=peut-être}réponse",
                                "cmi.interactions.2.learner_response",
                                "x".repeat(251)))
                .containsExactly(
                        "408", "ok", "ok", "406", "ok", "351", "ok", "ok", "406", "ok", "351", "ok",
                        "ok", "406", "ok");
    }

    @Test
    void scorm2004CoreValuesFollowMoodlesFormatsAndRanges() {
        assertThat(
                        codes(
                                ScormEdition.SCORM_2004,
                                "cmi.session_time",
                                "PT1M30.5S",
                                "cmi.session_time",
                                "PT", // T needs hours, minutes or seconds after it
                                "cmi.session_time",
                                "00:01:30",
                                "cmi.score.scaled",
                                "0.85",
                                "cmi.score.scaled",
                                "1.5",
                                "cmi.score.raw",
                                "85.123456",
                                "cmi.score.raw",
                                "1e2",
                                "cmi.success_status",
                                "passed",
                                "cmi.completion_status",
                                "browsed",
                                "cmi.exit",
                                "normal",
                                "cmi.interactions.0.timestamp",
                                "2026-12-02T04:10:34.56Z",
                                "cmi.interactions.0.timestamp",
                                "2026-12-02 04:10",
                                "cmi.interactions.0.description",
                                "x".repeat(251),
                                "cmi.interactions.0.description",
                                "x".repeat(252),
                                "cmi.objectives.0.id",
                                "lecon_1",
                                "cmi.objectives.0.id",
                                "lecon_2",
                                "cmi.objectives.1.id",
                                "lecon_1",
                                "cmi.objectives.1.id",
                                "urn:bad",
                                "cmi.learner_id",
                                "someone"))
                .containsExactly(
                        "ok", "406", "406", "ok", "407", "ok", "406", "ok", "406", "ok", "ok",
                        "406", "ok", "406", "ok", "351", "351", "406", "401");
    }

    @Test
    void scorm12ValuesFollowMoodlesRegexesAndTheStandardsResponseFormats() {
        assertThat(
                        codes(
                                ScormEdition.SCORM_12,
                                "cmi.core.lesson_status",
                                "passed",
                                "cmi.core.lesson_status",
                                "not attempted",
                                "cmi.objectives.0.status",
                                "not attempted",
                                "cmi.core.score.raw",
                                "87.5",
                                "cmi.core.score.raw",
                                "100.5",
                                "cmi.core.session_time",
                                "0000:01:30.50",
                                "cmi.core.session_time",
                                "PT1M30S",
                                "cmi.core.exit",
                                "normal",
                                "cmi.interactions.0.id",
                                "sys-q1_1",
                                "cmi.interactions.0.id",
                                "sys q1",
                                "cmi.interactions.0.id",
                                "q".repeat(256),
                                "cmi.interactions.0.type",
                                "matching",
                                "cmi.interactions.0.student_response",
                                "1.a,2.b",
                                "cmi.interactions.0.student_response",
                                "premise[.]response",
                                "cmi.interactions.0.weighting",
                                "1",
                                "cmi.interactions.0.result",
                                "wrong",
                                "cmi.interactions.0.result",
                                "incorrect",
                                "cmi.core.lesson_location",
                                "x".repeat(256),
                                "cmi.core.student_id",
                                "someone"))
                .containsExactly(
                        "ok",
                        "405",
                        "ok",
                        "ok",
                        "405",
                        "ok",
                        "405",
                        "405",
                        "ok",
                        "405",
                        "405",
                        "ok",
                        "ok",
                        "standard",
                        "ok",
                        "ok",
                        "405",
                        "405",
                        "201");
    }
}
