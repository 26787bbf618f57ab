package fr.immunolearn.learnerui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import fr.immunolearn.progress.CourseRules;

/**
 * A score in the learner's words: the number as the course rules show it, in the shared bundle's
 * unit.
 */
final class ScoreWords {

    private ScoreWords() {}

    /** A share of points (a partly right answer), judged against no pass mark. */
    static String percent(Component view, double percent) {
        return view.getTranslation("format.percent", CourseRules.scoreText(percent, language()));
    }

    /** A score judged against a pass mark, so its figure never contradicts the verdict. */
    static String percent(Component view, double percent, int passMark) {
        return view.getTranslation(
                "format.percent", CourseRules.scoreText(percent, passMark, language()));
    }

    private static String language() {
        return UI.getCurrent().getLocale().getLanguage();
    }
}
