package fr.immunolearn.questionbank;

import java.util.List;

/**
 * One question as Moodle holds it, whatever file it is written to. Fields ending in {@code Html}
 * hold HTML (Moodle's {@code html} format); the others are plain text, where Moodle keeps plain
 * text (shortanswer answers, matching responses).
 */
sealed interface BankQuestion {

    Header header();

    /** What every Moodle question has. {@code name} and {@code idnumber} are plain text. */
    record Header(
            String name,
            String idnumber,
            String textHtml,
            String generalFeedbackHtml,
            double defaultGrade) {}

    /** Moodle's combined feedback: shown for a right, a partly right and a wrong response. */
    record Combined(String correctHtml, String partiallyCorrectHtml, String incorrectHtml) {}

    /** Moodle's {@code multichoice}, one answer ({@code single}) or several. */
    record Choices(
            Header header, boolean single, boolean shuffle, List<Option> options, Combined feedback)
            implements BankQuestion {
        public Choices {
            options = List.copyOf(options);
        }
    }

    /**
     * An answer of a choice question and the share of the mark it gives (negative for a wrong one).
     */
    record Option(String textHtml, Grade grade, String feedbackHtml) {}

    /** Moodle's {@code truefalse}: which answer is right, and the feedback after each. */
    record TrueFalse(
            Header header, boolean answer, String feedbackTrueHtml, String feedbackFalseHtml)
            implements BankQuestion {}

    /**
     * Moodle's {@code shortanswer}, case-insensitive. Each answer is a Moodle pattern: {@code *}
     * matches anything, {@code \*} a star.
     */
    record ShortAnswer(Header header, List<Accepted> answers) implements BankQuestion {
        public ShortAnswer {
            answers = List.copyOf(answers);
        }
    }

    record Accepted(String pattern, Grade grade, String feedbackHtml) {}

    /** Moodle's {@code match}: premises (HTML) with their responses (plain text). */
    record Match(Header header, List<Pair> pairs, Combined feedback) implements BankQuestion {
        public Match {
            pairs = List.copyOf(pairs);
        }
    }

    record Pair(String premiseHtml, String response) {}

    /**
     * Moodle's {@code ordering} (standard since Moodle 4.4): the items in their right order, which
     * Moodle shuffles for each attempt; all or nothing, or a share per item in its right place.
     */
    record Ordering(Header header, List<String> items, boolean allOrNothing, Combined feedback)
            implements BankQuestion {
        public Ordering {
            items = List.copyOf(items);
        }
    }
}
