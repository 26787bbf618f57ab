package fr.immunolearn.trainerui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.checkbox.CheckboxGroup;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.IFrame;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import fr.immunolearn.course.CompletionRule;
import fr.immunolearn.course.CourseEditions;
import fr.immunolearn.course.Quiz;
import fr.immunolearn.questionbank.BankFormat;
import fr.immunolearn.questionbank.BankOptions;
import fr.immunolearn.scormexport.ExportOptions;
import fr.immunolearn.scormexport.PackageCheck;
import fr.immunolearn.scormexport.ScormEdition;
import fr.immunolearn.scormexport.ScormExporter;
import fr.immunolearn.scormexport.ScormPackage;
import fr.immunolearn.shell.Routes;
import jakarta.annotation.security.RolesAllowed;
import java.text.NumberFormat;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * The SCORM export one click away: edition, language, pass mark, attempts, completion and
 * shuffling; the package's size and checks; the download; and a preview in a demonstration LMS.
 * Below, the question bank in Moodle XML and GIFT for the LMS's own quiz engine.
 */
@Route(value = Routes.TRAINER_EXPORT, layout = TrainerLayout.class)
@RolesAllowed("TRAINER")
public class ExportView extends Div implements HasDynamicTitle {

    private final transient CourseEditions editions;
    private final Select<ScormEdition> edition = new Select<>();
    private final Select<String> language = new Select<>();
    private final IntegerField passMark = new IntegerField();
    private final IntegerField attempts = new IntegerField();
    private final Select<String> completion = new Select<>();
    private final Checkbox randomise = new Checkbox();
    private final Checkbox newAttempt = new Checkbox();
    private final Div result = new Div();
    private final CheckboxGroup<Quiz> bankQuizzes = new CheckboxGroup<>();
    private final Div bankDownloads = new Div();

    public ExportView(CourseEditions editions) {
        this.editions = editions;
        addClassNames("page", "wide-page", "trainer-page", "export-page");
        add(
                new H1(getTranslation("trainer.export.title")),
                new Paragraph(getTranslation("trainer.export.lead")));

        edition.setLabel(getTranslation("trainer.export.edition"));
        edition.addClassName("edition-choice");
        edition.setItems(ScormEdition.values());
        edition.setItemLabelGenerator(ScormEdition::label);
        edition.setValue(ScormEdition.SCORM_12);
        language.setLabel(getTranslation("trainer.export.language"));
        language.setItems(editions.languages());
        language.setItemLabelGenerator(
                code -> {
                    Locale locale = Locale.forLanguageTag(code);
                    return locale.getDisplayLanguage(locale);
                });
        language.setValue(editions.defaultLanguage());
        passMark.setLabel(getTranslation("trainer.export.passMark"));
        passMark.setHelperText(getTranslation("trainer.export.passMark.help"));
        passMark.setMin(0);
        passMark.setMax(100);
        passMark.setStepButtonsVisible(true);
        attempts.setLabel(getTranslation("trainer.export.attempts"));
        attempts.setHelperText(getTranslation("trainer.export.attempts.help"));
        attempts.setMin(0);
        attempts.setMax(ExportOptions.MOST_ATTEMPTS);
        attempts.setStepButtonsVisible(true);
        completion.setLabel(getTranslation("trainer.export.completion"));
        completion.setItems(
                "",
                CompletionRule.ALL_LESSONS_DONE.key(),
                CompletionRule.ALL_QUIZZES_PASSED.key(),
                CompletionRule.FINAL_ASSESSMENT_PASSED.key());
        completion.setItemLabelGenerator(
                key ->
                        getTranslation(
                                "trainer.export.completion." + (key.isEmpty() ? "content" : key)));
        completion.setValue("");
        randomise.setLabel(getTranslation("trainer.export.randomise"));
        randomise.setValue(true);
        newAttempt.setLabel(getTranslation("trainer.export.newAttempt"));
        newAttempt.setHelperText(getTranslation("trainer.export.newAttempt.help"));
        newAttempt.addClassName("new-attempt-choice");
        newAttempt.setValue(false);
        Div form =
                new Div(edition, language, passMark, attempts, completion, randomise, newAttempt);
        form.addClassName("export-form");
        Button prepare = new Button(getTranslation("trainer.export.prepare"), event -> prepare());
        prepare.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        prepare.addClassName("prepare-export");
        result.addClassName("export-result");
        result.getElement().setAttribute("aria-live", "polite");
        add(form, prepare, result);
        addQuestionBank();
    }

    /**
     * The question bank in the LMS's own quiz formats, in the language and with the shuffling
     * chosen for the package: a link per format, always up to date with the choices.
     */
    private void addQuestionBank() {
        H2 title = new H2(getTranslation("trainer.export.bank.title"));
        Paragraph lead = new Paragraph(getTranslation("trainer.export.bank.lead"));
        bankQuizzes.setLabel(getTranslation("trainer.export.bank.quizzes"));
        bankQuizzes.addClassName("bank-quizzes");
        bankQuizzes.setItemLabelGenerator(Quiz::title);
        bankDownloads.addClassName("bank-downloads");
        showBankQuizzes();
        language.addValueChangeListener(event -> showBankQuizzes());
        randomise.addValueChangeListener(event -> updateBankDownloads());
        bankQuizzes.addValueChangeListener(event -> updateBankDownloads());
        Div bank = new Div(title, lead, bankQuizzes, bankDownloads);
        bank.addClassName("question-bank");
        add(bank);
    }

    /** The quizzes of the chosen edition, all ticked. */
    private void showBankQuizzes() {
        List<Quiz> quizzes = editions.edition(language.getValue()).quizzes();
        bankQuizzes.setItems(quizzes);
        bankQuizzes.setValue(new LinkedHashSet<>(quizzes));
        updateBankDownloads();
    }

    private void updateBankDownloads() {
        bankDownloads.removeAll();
        List<Quiz> quizzes = editions.edition(language.getValue()).quizzes();
        Set<Quiz> chosen = bankQuizzes.getValue();
        if (chosen.isEmpty()) {
            Paragraph none = new Paragraph(getTranslation("trainer.export.bank.none"));
            none.addClassName("bank-none");
            bankDownloads.add(none);
            return;
        }
        // Every quiz ticked: no list in the address, so the file holds whatever the content holds.
        List<String> ids =
                chosen.size() == quizzes.size()
                        ? List.of()
                        : quizzes.stream().filter(chosen::contains).map(Quiz::id).toList();
        for (BankFormat format : BankFormat.values()) {
            BankOptions options =
                    new BankOptions(format, language.getValue(), ids, randomise.getValue());
            Anchor download =
                    new Anchor(
                            TrainerDownloads.QUESTION_BANK
                                    + ExportChoice.bankToken(options, editions.defaultLanguage()),
                            getTranslation("trainer.export.bank.download", format.label()));
            download.getElement().setAttribute("download", true);
            download.addClassNames("button-link", "download-" + format.key());
            bankDownloads.add(download);
        }
    }

    private void prepare() {
        result.removeAll();
        Optional<ExportOptions> options = options();
        if (options.isEmpty()) {
            return;
        }
        ScormPackage scorm = ScormExporter.export(editions, options.get());
        String token = ExportChoice.token(options.get(), editions.defaultLanguage());
        NumberFormat number = NumberFormat.getInstance(getLocale());
        H2 heading = new H2(scorm.fileName());
        Paragraph size =
                new Paragraph(
                        getTranslation(
                                "trainer.export.size",
                                number.format(scorm.size()),
                                number.format(Math.round(scorm.size() / 102.4) / 10.0)));
        size.addClassName("package-size");
        UnorderedList checks = new UnorderedList();
        checks.addClassName("checks");
        for (PackageCheck check : scorm.checks()) {
            // The check's name in the trainer's language; its detail (counts, file names) as
            // measured.
            ListItem item =
                    new ListItem(
                            (check.passed() ? "✓ " : "✗ ")
                                    + getTranslation("trainer.export.check." + check.id())
                                    + " – "
                                    + check.detail());
            item.addClassName(check.passed() ? "ok" : "fail");
            checks.add(item);
        }
        Paragraph verdict =
                new Paragraph(
                        getTranslation(
                                scorm.sound() ? "trainer.export.sound" : "trainer.export.unsound"));
        verdict.addClassName(scorm.sound() ? "export-sound" : "export-unsound");
        result.add(heading, size, verdict, checks);
        if (scorm.sound()) {
            Anchor download =
                    new Anchor(
                            ScormDownloads.DOWNLOAD + token,
                            getTranslation("trainer.export.download"));
            download.getElement().setAttribute("download", scorm.fileName());
            download.addClassNames("button-link", "download-scorm");
            Anchor newTab =
                    new Anchor(
                            ScormDownloads.PREVIEW
                                    + token
                                    + "/lms.html?edition="
                                    + scorm.options().edition().key(),
                            getTranslation("trainer.export.previewTab"));
            newTab.setTarget("_blank");
            newTab.addClassName("preview-link");
            IFrame preview =
                    new IFrame(
                            ScormDownloads.PREVIEW
                                    + token
                                    + "/lms.html?edition="
                                    + scorm.options().edition().key());
            preview.setTitle(getTranslation("trainer.export.preview"));
            preview.addClassName("preview-frame");
            result.add(
                    new Div(download, newTab),
                    new H2(getTranslation("trainer.export.preview")),
                    preview);
        }
    }

    /** The options chosen, or empty with a message on each field that is wrong. */
    private Optional<ExportOptions> options() {
        boolean passMarkOk = inRange(passMark, 100, "trainer.export.passMark.error");
        boolean attemptsOk =
                inRange(attempts, ExportOptions.MOST_ATTEMPTS, "trainer.export.attempts.error");
        if (!passMarkOk || !attemptsOk) {
            return Optional.empty();
        }
        CompletionRule rule =
                completion.getValue() == null || completion.getValue().isEmpty()
                        ? null
                        : CompletionRule.fromKey(completion.getValue()).orElse(null);
        return Optional.of(
                new ExportOptions(
                        edition.getValue(),
                        language.getValue(),
                        passMark.getValue(),
                        attempts.getValue(),
                        rule,
                        randomise.getValue(),
                        newAttempt.getValue()));
    }

    /**
     * Empty, or a whole number from 0 to {@code max}; anything else gets the message on the field.
     */
    private boolean inRange(IntegerField field, int max, String errorKey) {
        // A field holding text that is not a number has no value but still has input.
        boolean unreadable =
                field.getValue() == null && field.getElement().getProperty("_hasInputValue", false);
        boolean outside =
                field.getValue() != null && (field.getValue() < 0 || field.getValue() > max);
        field.setInvalid(unreadable || outside);
        if (unreadable || outside) {
            field.setErrorMessage(getTranslation(errorKey));
            field.focus();
            return false;
        }
        return true;
    }

    @Override
    public String getPageTitle() {
        return getTranslation("trainer.export.title") + " – " + getTranslation("trainer.title");
    }
}
