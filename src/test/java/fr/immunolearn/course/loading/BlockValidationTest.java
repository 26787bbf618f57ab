package fr.immunolearn.course.loading;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Each rule of the lesson blocks, shown by breaking one thing in the blocks' test course and
 * reading the exact {@code file:line:column: message} the loader gives for it.
 */
class BlockValidationTest {

    private static final String READING = "fr/lessons/01-blocs-lecture.md";
    private static final String DISCOVERY = "fr/lessons/02-blocs-decouverte.md";
    private static final String EXERCISES = "fr/lessons/03-blocs-exercices.md";
    private static final String EN_READING = "en/lessons/01-blocs-lecture.md";
    private static final String EN_EXERCISES = "en/lessons/03-blocs-exercices.md";
    private static final String NOTE = ":::callout{kind=\"note\" title=\"À noter\"}";
    private static final String ARTICLE_END = "du système immunitaire.\n:::\n";
    private static final String ACCORDION =
            """
            ::::accordion
            :::panel{title="Trop faible"}
            Le système immunitaire ne réagit pas assez.
            :::

            :::panel{title="Trop fort"}
            Le système immunitaire réagit trop.
            :::

            :::panel{title="Contre soi"}
            Le système immunitaire s’attaque au corps lui-même.
            :::
            ::::
            """;
    private static final String FIGURE_ALT =
            " alt=\"Schéma : un agent pathogène, puis la réponse du système immunitaire\"";
    private static final String FIRST_CHOICE =
            "{#a correct=\"true\" feedback=\"Oui : c’est son rôle.\"}";
    private static final String SECOND_CHOICE =
            "{#b feedback=\"Non : il ne s’agit pas de la fatigue.\"}";
    private static final String SCENARIO_B =
            """
            :::choice{#b consequence="Votre amie confond deux choses." explanation="Un antibiotique agit contre les bactéries, pas sur le système immunitaire."}
            Lui dire que c’est un antibiotique
            :::
            """;
    private static final String SCENARIO_C =
            """
            :::choice{#c consequence="Votre amie pourra poser ses questions à quelqu’un dont c’est le métier." explanation="Ce cours est éducatif : il ne remplace pas un avis médical."}
            Lui conseiller d’en parler à un médecin
            :::
            """;

    @TempDir Path dir;

    private ContentFixture content;

    @BeforeEach
    void copyTheBlocksCourse() {
        content = ContentFixture.copyOfBlocksCourse(dir);
    }

    @Test
    void theBlocksCourseIsValid() {
        assertThat(content.problems()).isEmpty();
    }

    @Test
    void anUnknownBlockType() {
        content.replace(READING, ":::callout{kind=\"note\"", ":::encart{kind=\"note\"");
        assertThat(content.problems())
                .containsExactly(
                        READING
                                + ":15:1: unknown block type ':::encart'"
                                + " (known: accordion, callout, check, figure, flipcards, scenario, steps, tabs)");
    }

    @Test
    void aContainerNotClosedBeforeTheNextPassage() {
        content.replace(READING, ARTICLE_END, "du système immunitaire.\n");
        assertThat(content.problems())
                .containsExactly(
                        READING
                                + ":25:1: ':::callout' is not closed: end it with a line of 3 colons, ':::'");
    }

    @Test
    void aContainerNotClosedBeforeTheEndOfTheFile() {
        content.replace(DISCOVERY, "lui répond.\n:::\n", "lui répond.\n");
        assertThat(content.problems())
                .containsExactly(
                        DISCOVERY
                                + ":49:1: ':::figure' is not closed: end it with a line of 3 colons, ':::'");
    }

    @Test
    void aStrayClosingLine() {
        content.replace(READING, ARTICLE_END, ARTICLE_END + ":::\n");
        assertThat(content.problems())
                .containsExactly(
                        READING
                                + ":28:1: stray ':::' line: no block opened with 3 colons is open here");
    }

    @Test
    void aHolderWrittenWithAsFewColonsAsItsParts() {
        content.replace(READING, "::::tabs\n", ":::tabs\n");
        assertThat(content.problems())
                .contains(
                        READING
                                + ":48:1: ':::tab' inside ':::tabs' must use fewer colons"
                                + " than it: write the outer one with 4 or more, '::::tabs'");
    }

    @Test
    void aPartOutsideItsHolder() {
        content.replace(
                READING, ARTICLE_END, ARTICLE_END + "\n:::panel{title=\"Seul\"}\nTexte.\n:::\n");
        assertThat(content.problems())
                .containsExactly(
                        READING
                                + ":29:1: ':::panel' cannot go directly in a passage (it goes inside ::::accordion)");
    }

    @Test
    void aBlockBeforeTheFirstPassage() {
        content.replace(READING, "## Les encadrés", NOTE + "\nTexte.\n:::\n\n## Les encadrés");
        assertThat(content.problems())
                .containsExactly(
                        READING
                                + ":11:1: ':::callout' is before the first passage: blocks go inside a passage");
    }

    @Test
    void anAccordionWithoutPanels() {
        content.replace(
                READING,
                ACCORDION,
                "::::accordion\nLe système immunitaire ne réagit pas assez.\n::::\n");
        assertThat(content.problems())
                .containsExactly(
                        READING
                                + ":31:1: accordion has no panels: put ':::panel' containers inside '::::accordion'",
                        READING + ":32:1: text inside '::::accordion' goes in a ':::panel{…}'");
    }

    @Test
    void aTabWithoutTitle() {
        content.replace(READING, ":::tab{title=\"Cellules\"}", ":::tab{title=\" \"}");
        assertThat(content.problems())
                .containsExactly(READING + ":48:1: tab has no title: write :::tab{title=\"…\"}");
    }

    @Test
    void aPanelWithoutText() {
        content.replace(READING, "Le système immunitaire réagit trop.\n", "");
        assertThat(content.problems())
                .containsExactly(READING + ":36:1: panel \"Trop fort\" has no text");
    }

    @Test
    void aStepWithoutText() {
        content.replace(DISCOVERY, "Des messagers préviennent d’autres cellules.\n", "");
        assertThat(content.problems())
                .containsExactly(DISCOVERY + ":34:1: step \"Alerter\" has no text");
    }

    @Test
    void aCalloutWithoutTextOrKind() {
        content.replace(
                READING,
                NOTE + "\nLe système immunitaire est un ensemble de cellules et d’organes.\n",
                ":::callout{title=\"À noter\"}\n");
        assertThat(content.problems())
                .containsExactly(
                        READING
                                + ":15:1: callout has no kind: write :::callout{kind=\"note\"}, \"warning\" or \"article\"",
                        READING + ":15:1: callout has no text");
    }

    @Test
    void aCalloutOfAnUnknownKind() {
        content.replace(READING, "{kind=\"note\"", "{kind=\"astuce\"");
        assertThat(content.problems())
                .containsExactly(
                        READING
                                + ":15:12: callout kind \"astuce\" is not one of note, warning, article");
    }

    @Test
    void aFlipCardWithoutBack() {
        content.replace(DISCOVERY, "Une protéine qui reconnaît une cible précise.\n", "");
        assertThat(content.problems())
                .containsExactly(
                        DISCOVERY
                                + ":18:1: flip card \"Anticorps\" has no back: write the back as the card's text");
    }

    @Test
    void aFigureWithoutAlt() {
        content.replace(DISCOVERY, FIGURE_ALT, "");
        assertThat(content.problems())
                .containsExactly(
                        DISCOVERY
                                + ":49:1: figure has no alt text: add alt=\"…\", what the figure shows in a few words");
    }

    @Test
    void aFigureWithoutFile() {
        content.replace(DISCOVERY, "file=\"media/schema.svg\" ", "");
        assertThat(content.problems())
                .containsExactly(
                        DISCOVERY
                                + ":49:1: figure has no file: write :::figure{file=\"media/….svg\" alt=\"…\"}");
    }

    @Test
    void aFigureWithoutLongDescription() {
        content.replace(
                DISCOVERY,
                "Le schéma montre deux cases reliées par une flèche. À gauche, un agent pathogène"
                        + " entre dans le corps. À droite, le système immunitaire lui répond.\n",
                "");
        assertThat(content.problems())
                .containsExactly(
                        DISCOVERY
                                + ":49:1: figure has no long description:"
                                + " write it as the figure's text, for learners who cannot see it");
    }

    @Test
    void aFigureFileThatDoesNotExist() {
        content.replace(DISCOVERY, "media/schema.svg", "media/absent.svg");
        assertThat(content.problems())
                .containsExactly(
                        DISCOVERY
                                + ":49:11: figure file \"media/absent.svg\" does not exist in fr/media/");
    }

    @ParameterizedTest
    @CsvSource({
        "../course.yaml",
        "media/schema.png",
        "media/../media/schema.svg",
        "/etc/schema.svg"
    })
    void aFigureFileOutsideMediaOrNotSvg(String file) {
        content.replace(DISCOVERY, "media/schema.svg", file);
        assertThat(content.problems())
                .containsExactly(
                        DISCOVERY
                                + ":49:11: figure file \""
                                + file
                                + "\" must be an .svg file in media/, e.g. media/schema.svg");
    }

    @Test
    void aFigureFileThatIsNotSafeSvgIsReportedInTheSvgAtItsLine() {
        content.replace("fr/media/schema.svg", "  <defs>", "  <script>alert(1)</script>\n  <defs>");
        assertThat(content.problems())
                .containsExactly("fr/media/schema.svg:3:3: <script> is not allowed in a figure");
    }

    @Test
    void aCheckWithoutCorrectAnswer() {
        content.replace(EXERCISES, FIRST_CHOICE, "{#a feedback=\"Oui : c’est son rôle.\"}");
        assertThat(content.problems())
                .containsExactly(
                        EXERCISES
                                + ":15:1: check \"chk-simple\" has no correct answer: mark one with correct=\"true\"");
    }

    @Test
    void aSingleChoiceCheckWithTwoCorrectAnswers() {
        content.replace(
                EXERCISES,
                SECOND_CHOICE,
                "{#b correct=\"true\" feedback=\"Non : il ne s’agit pas de la fatigue.\"}");
        assertThat(content.problems())
                .containsExactly(
                        EXERCISES
                                + ":15:1: check \"chk-simple\" has 2 correct"
                                + " answers but is single-choice: mark exactly one, or write multiple=\"true\"");
    }

    @Test
    void aMultipleChoiceCheckWithoutCorrectAnswer() {
        content.replace(
                        EXERCISES,
                        "{#a correct=\"true\" feedback=\"Oui : il compte",
                        "{#a feedback=\"Oui : il compte")
                .replace(
                        EXERCISES,
                        "{#b correct=\"true\" feedback=\"Oui : il s’appuie",
                        "{#b feedback=\"Oui : il s’appuie");
        assertThat(content.problems())
                .containsExactly(
                        EXERCISES
                                + ":31:1: check \"chk-multiple\" has no correct answer: mark one with correct=\"true\"");
    }

    @Test
    void aCheckChoiceWithoutFeedbackOrText() {
        content.replace(EXERCISES, SECOND_CHOICE + "\nContre la fatigue\n", "{#b}\n");
        assertThat(content.problems())
                .containsExactly(
                        EXERCISES + ":22:1: choice has no text: write it inside ':::choice'",
                        EXERCISES
                                + ":22:1: choice \"b\" has no feedback: add feedback=\"…\","
                                + " what the learner reads after choosing it");
    }

    @Test
    void aCheckWithoutQuestion() {
        content.replace(EXERCISES, "Contre quoi le système immunitaire nous défend-il ?\n", "");
        assertThat(content.problems())
                .containsExactly(
                        EXERCISES
                                + ":15:1: check \"chk-simple\" has no question: write it before its choices");
    }

    @Test
    void aBooleanThatIsNeitherTrueNorFalse() {
        content.replace(
                EXERCISES, FIRST_CHOICE, "{#a correct=\"oui\" feedback=\"Oui : c’est son rôle.\"}");
        assertThat(content.problems())
                .containsExactly(
                        EXERCISES
                                + ":15:1: check \"chk-simple\" has no correct answer: mark one with correct=\"true\"",
                        EXERCISES
                                + ":18:14: attribute 'correct' is \"oui\": write \"true\" or \"false\"");
    }

    @Test
    void aScenarioWithOneChoice() {
        content.replace(EXERCISES, SCENARIO_B + "\n" + SCENARIO_C, "");
        assertThat(content.problems())
                .containsExactly(
                        EXERCISES
                                + ":53:1: scenario \"scn-amie\" has 1 choice: a scenario offers 2 to 4");
    }

    @Test
    void aScenarioWithFiveChoices() {
        content.replace(
                EXERCISES,
                SCENARIO_C,
                SCENARIO_C
                        + "\n"
                        + SCENARIO_C.replace("#c", "#d")
                        + "\n"
                        + SCENARIO_C.replace("#c", "#e"));
        assertThat(content.problems())
                .containsExactly(
                        EXERCISES
                                + ":53:1: scenario \"scn-amie\" has 5 choices: a scenario offers 2 to 4");
    }

    @Test
    void aScenarioChoiceWithoutConsequence() {
        content.replace(EXERCISES, " consequence=\"Votre amie confond deux choses.\"", "");
        assertThat(content.problems())
                .containsExactly(
                        EXERCISES
                                + ":60:1: choice \"b\" has no consequence: add consequence=\"…\", what follows from it");
    }

    @Test
    void aScenarioChoiceWithoutExplanation() {
        content.replace(
                EXERCISES,
                " explanation=\"Un antibiotique agit contre les bactéries, pas sur le système"
                        + " immunitaire.\"",
                "");
        assertThat(content.problems())
                .containsExactly(
                        EXERCISES
                                + ":60:1: choice \"b\" has no explanation: add explanation=\"…\", why");
    }

    @Test
    void aCheckWithoutId() {
        content.replace(EXERCISES, "::::check{#chk-simple}", "::::check");
        assertThat(content.problems())
                .containsExactly(EXERCISES + ":15:1: check has no id: write ::::check{#check-id}");
    }

    @Test
    void aScenarioWithoutId() {
        content.replace(EXERCISES, "::::scenario{#scn-amie}", "::::scenario{}");
        assertThat(content.problems())
                .containsExactly(
                        EXERCISES + ":53:1: scenario has no id: write ::::scenario{#scenario-id}");
    }

    @Test
    void aMalformedBlockId() {
        content.replace(EXERCISES, "{#chk-simple}", "{#Chk_Simple}");
        assertThat(content.problems())
                .containsExactly(
                        EXERCISES
                                + ":15:11: block id \"Chk_Simple\" must use"
                                + " lower-case letters, digits and '-', starting with a letter or digit");
    }

    @Test
    void aBlockIdUsedTwiceInALesson() {
        content.replace(EXERCISES, "{#scn-amie}", "{#chk-simple}");
        assertThat(content.problems())
                .containsExactly(
                        EXERCISES
                                + ":53:14: duplicate block id \"chk-simple\" (already used at line 15)");
    }

    @Test
    void aBlockIdUsedTwiceInTheCourse() {
        content.replace(
                READING,
                ARTICLE_END,
                ARTICLE_END
                        + """

                ::::check{#chk-simple}
                Une question ?

                :::choice{#a correct="true" feedback="Oui."}
                Oui
                :::

                :::choice{#b feedback="Non."}
                Non
                :::
                ::::
                """);
        assertThat(content.problems())
                .containsExactly(
                        EXERCISES
                                + ":15:11: duplicate block id \"chk-simple\" (also in "
                                + READING
                                + ":29)");
    }

    @Test
    void aChoiceIdUsedTwice() {
        content.replace(
                EXERCISES,
                SECOND_CHOICE,
                "{#a feedback=\"Non : il ne s’agit pas de la fatigue.\"}");
        assertThat(content.problems())
                .containsExactly(
                        EXERCISES + ":22:11: duplicate choice id \"a\" (already used at line 18)");
    }

    @Test
    void anUnknownAttribute() {
        content.replace(
                READING, NOTE, ":::callout{kind=\"note\" title=\"À noter\" couleur=\"rouge\"}");
        assertThat(content.problems())
                .containsExactly(
                        READING
                                + ":15:40: unknown attribute 'couleur' on ':::callout' (expected: kind, title)");
    }

    @Test
    void anIdOnABlockThatHasNone() {
        content.replace(READING, "::::tabs", "::::tabs{#onglets}");
        assertThat(content.problems())
                .containsExactly(
                        READING
                                + ":47:10: unknown attribute '#onglets' on '::::tabs' (expected: none)");
    }

    @Test
    void attributesThatCannotBeRead() {
        content.replace(READING, NOTE, ":::callout{kind=note title=\"À noter\"}");
        assertThat(content.problems())
                .containsExactly(
                        READING
                                + ":15:1: callout has no kind: write"
                                + " :::callout{kind=\"note\"}, \"warning\" or \"article\"",
                        READING
                                + ":15:12: cannot read the attributes of"
                                + " ':::callout' from here: write {#id name=\"value\" …}");
    }

    @Test
    void aBlocksHtmlIsCheckedLikeTheRestOfTheLesson() {
        content.replace(
                READING,
                "Le système immunitaire réagit trop.\n",
                "Le système <b onclick=\"x()\">réagit</b> trop.\n");
        assertThat(content.problems())
                .containsExactly(
                        READING
                                + ":37:12: event-handler attribute 'onclick' is not allowed in a lesson");
    }

    @Test
    void aBlocksGlossaryTermsAreCheckedLikeTheRestOfTheLesson() {
        content.replace(
                READING, "Des messagers chimiques", "Des [messagers](term:messager) chimiques");
        assertThat(content.problems())
                .containsExactly(
                        READING
                                + ":57:5: glossary term \"messager\" does not exist (known terms: pathogene)");
    }

    @Test
    void everyProblemOfARunIsReportedAtOnce() {
        content.replace(READING, ":::callout{kind=\"note\"", ":::encart{kind=\"note\"")
                .replace(DISCOVERY, FIGURE_ALT, "")
                .replace(EXERCISES, "::::check{#chk-simple}", "::::check");
        assertThat(content.problems()).hasSize(3);
    }

    @Test
    void aTranslationWithBlocksInAnotherOrder() {
        content.replace(EN_READING, "::::tabs", "::::accordion")
                .replace(EN_READING, ":::tab{title=\"Cells\"}", ":::panel{title=\"Cells\"}")
                .replace(EN_READING, ":::tab{title=\"Organs\"}", ":::panel{title=\"Organs\"}")
                .replace(
                        EN_READING,
                        ":::tab{title=\"Messengers\"}",
                        ":::panel{title=\"Messengers\"}");
        assertThat(content.problems())
                .containsExactly(
                        EN_READING
                                + ":45:1: the en edition differs from the fr"
                                + " edition in passage \"p-onglets\": blocks: [accordion] here, [tabs] in fr");
    }

    @Test
    void aTranslationWithAnotherNumberOfTabs() {
        content.replace(
                EN_READING,
                ":::tab{title=\"Messengers\"}\nChemical messengers link its cells.\n:::\n",
                "");
        assertThat(content.problems())
                .containsExactly(
                        EN_READING
                                + ":47:1: the en edition differs from the fr"
                                + " edition in passage \"p-onglets\": block 1 (tabs): 2 tabs here, 3 tabs in fr");
    }

    @Test
    void aTranslationWithAnotherCorrectAnswer() {
        content.replace(
                        EN_EXERCISES,
                        "{#a correct=\"true\" feedback=\"Yes: that is its role.\"}",
                        "{#a feedback=\"Yes: that is its role.\"}")
                .replace(
                        EN_EXERCISES,
                        "{#b feedback=\"No: this is not about" + " tiredness.\"}",
                        "{#b correct=\"true\" feedback=\"No: this is not about tiredness.\"}");
        assertThat(content.problems())
                .containsExactly(
                        EN_EXERCISES
                                + ":15:1: the en edition differs from the fr"
                                + " edition in passage \"p-verifier\": block 1 (check): \"chk-simple\" single choices [a, b*, c]"
                                + " here, \"chk-simple\" single choices [a*, b, c] in fr");
    }

    @Test
    void aTranslationWithAnotherCalloutKind() {
        content.replace(EN_READING, "{kind=\"warning\"", "{kind=\"note\"");
        assertThat(content.problems())
                .containsExactly(
                        EN_READING
                                + ":19:1: the en edition differs from the fr"
                                + " edition in passage \"p-encadres\": block 2 (callout): kind note here, kind warning in fr");
    }
}
