package fr.immunolearn.shell;

import com.vaadin.flow.component.Component;
import fr.immunolearn.quiz.AnswerWording;

/** The words answers are told with ("Vrai", "→", "(rien)"), in the language of the view asking. */
public final class AnswerWords {

    private AnswerWords() {}

    public static AnswerWording.Words of(Component view) {
        return new AnswerWording.Words(
                view.getTranslation("quiz.true"),
                view.getTranslation("quiz.false"),
                view.getTranslation("words.separator"),
                view.getTranslation("words.arrow"),
                view.getTranslation("words.nothing"));
    }
}
