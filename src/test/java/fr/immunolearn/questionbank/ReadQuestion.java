package fr.immunolearn.questionbank;

import java.util.List;

/**
 * A question as read back from an exported file by a test reader, in the terms of Moodle's
 * importer, whatever the format. Texts are as the file gives them after its own unescaping (HTML
 * for the fields Moodle reads as HTML).
 *
 * @param answers choice, truefalse ("true" then "false") and shortanswer answers; fraction from -1
 *     to 1
 * @param pairs matching premises and responses
 * @param items ordering items in their right order
 * @param gradingType the ordering's grading, or null
 * @param combined correct, partially correct and incorrect feedback, or null where the format has
 *     none
 * @param fields the names of the elements the question carries (Moodle XML), or empty
 */
record ReadQuestion(
        String category,
        String qtype,
        String name,
        String idnumber,
        String textHtml,
        String generalFeedbackHtml,
        Double defaultGrade,
        Boolean single,
        List<Answer> answers,
        List<Pair> pairs,
        List<String> items,
        String gradingType,
        List<String> combined,
        List<String> fields) {

    record Answer(String text, String fraction, String feedbackHtml) {
        double value() {
            return Double.parseDouble(fraction) / 100;
        }
    }

    record Pair(String premiseHtml, String response) {}
}
