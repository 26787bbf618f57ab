package fr.immunolearn.trainerui;

import fr.immunolearn.quiz.AnswerWording;
import fr.immunolearn.reports.CsvReports;
import java.util.List;
import java.util.Locale;
import java.util.ResourceBundle;

/**
 * The app's translations where no Vaadin UI is around (downloads): the same resource bundles the
 * views read, so a CSV speaks the trainer's language.
 */
final class TrainerTexts {

    private final ResourceBundle bundle;

    TrainerTexts(String language) {
        Locale locale = Locale.forLanguageTag(language);
        ResourceBundle.Control noFallbackToMachineLocale =
                ResourceBundle.Control.getNoFallbackControl(
                        ResourceBundle.Control.FORMAT_PROPERTIES);
        this.bundle =
                ResourceBundle.getBundle(
                        "vaadin-i18n/translations", locale, noFallbackToMachineLocale);
    }

    String get(String key) {
        return bundle.getString(key);
    }

    AnswerWording.Words words() {
        return new AnswerWording.Words(
                get("quiz.true"),
                get("quiz.false"),
                get("words.separator"),
                get("words.arrow"),
                get("words.nothing"));
    }

    CsvReports.Headings csvHeadings() {
        return new CsvReports.Headings(
                List.of(
                        get("trainer.learners.name"),
                        get("trainer.learners.email"),
                        get("trainer.csv.language"),
                        get("trainer.learners.progress"),
                        get("trainer.csv.completed"),
                        get("trainer.learners.passed"),
                        get("trainer.learners.attempts"),
                        get("trainer.csv.minutes"),
                        get("trainer.learners.last")),
                List.of(
                        get("trainer.csv.quiz"),
                        get("trainer.csv.questionId"),
                        get("trainer.csv.type"),
                        get("trainer.questions.prompt"),
                        get("trainer.questions.learners"),
                        get("trainer.questions.answers"),
                        get("trainer.questions.firstTry"),
                        get("trainer.questions.commonWrong"),
                        get("trainer.csv.commonWrongCount"),
                        get("trainer.csv.seconds"),
                        get("trainer.questions.flagged")),
                get("trainer.yes"),
                get("trainer.no"));
    }
}
