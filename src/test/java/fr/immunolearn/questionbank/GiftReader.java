package fr.immunolearn.questionbank;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads a GIFT file back into questions with the grammar Moodle's importer applies, strictly:
 *
 * <pre>
 * file       = block *( blank-line block )
 * block      = "$CATEGORY: " path | question
 * question   = "::" text "::" "[html]" text "{" LF body "####" text LF "}"
 * body       = *choice | truefalse | *short | *match | ordering
 * choice     = ( "=" | "~" | "~%" weight "%" ) text [ "#" text ] LF     ; "~" somewhere: multichoice
 * truefalse  = ( "TRUE" | "FALSE" ) [ "#" text [ "#" text ] ] LF         ; feedback if wrong, if right
 * short      = "=%" weight "%" text [ "#" text ] LF
 * match      = "=" text "->" text LF
 * ordering   = ">" count " ALL VERTICAL " grading " SHOW none" LF *( item LF )   ; items read as written
 * text       = *( any character but \ ~ = # { } : and line breaks | "\" one of them | "\n" )
 * </pre>
 *
 * Where Moodle would read something else than what was meant, the reader does as Moodle does: an
 * answer starting with {@code [html]} loses it as a format, and a {@code ~} answer starting with
 * {@code %50%} gets it as a weight. A character of the syntax left unescaped inside a text, a line
 * that Moodle would skip as a comment, or a question that fits no rule fails the read.
 */
final class GiftReader {

    private static final Pattern WEIGHT = Pattern.compile("^%(-?[0-9]{1,2}(?:\\.[0-9]*)?|-?100)%");
    private static final Pattern MOODLE_WEIGHT = Pattern.compile("^%-*[0-9]{1,2}\\.?[0-9]*%");
    private static final Pattern FORMAT = Pattern.compile("^\\[(html|moodle|plain|markdown)]");
    private static final Pattern ORDERING =
            Pattern.compile(">(\\d+) ALL VERTICAL (ALL_OR_NOTHING|ABSOLUTE_POSITION) SHOW none");
    private static final String SYNTAX = "\\~=#{}:";

    private GiftReader() {}

    static List<ReadQuestion> read(String gift) {
        if (!gift.endsWith("\n")) {
            throw new IllegalStateException("the file does not end with a line break");
        }
        for (String line : gift.split("\n", -1)) {
            if (line.strip().startsWith("//")) {
                throw new IllegalStateException(
                        "Moodle would skip this line as a comment: " + line);
            }
        }
        List<ReadQuestion> questions = new ArrayList<>();
        String category = null;
        for (String block : gift.split("\n[ \t]*\n")) {
            String trimmed = block.strip();
            if (trimmed.isEmpty()) {
                continue;
            }
            if (trimmed.startsWith("$CATEGORY: ")) {
                if (trimmed.contains("\n")) {
                    throw new IllegalStateException("a category block holds one line: " + trimmed);
                }
                category = trimmed.substring("$CATEGORY: ".length()).strip();
                continue;
            }
            questions.add(question(trimmed, category));
        }
        return questions;
    }

    private static ReadQuestion question(String block, String category) {
        Scanner scanner = new Scanner(block);
        scanner.expect("::");
        String name = scanner.text(":");
        scanner.expect("::");
        scanner.expect("[html]");
        String text = scanner.text("{");
        scanner.expect("{\n");
        String rest = block.substring(scanner.at);
        int general = rest.lastIndexOf("\n####");
        if (!rest.endsWith("\n}") || general < 0 && !rest.startsWith("####")) {
            throw new IllegalStateException(
                    "the question does not end with ####general feedback and }: " + block);
        }
        int start = rest.startsWith("####") ? 0 : general + 1;
        String body = rest.substring(0, start);
        String generalFeedback =
                withoutFormat(decode(rest.substring(start + 4, rest.length() - 2), ""));
        List<String> lines =
                body.isEmpty()
                        ? List.of()
                        : List.of(body.substring(0, body.length() - 1).split("\n", -1));
        if (lines.isEmpty()) {
            throw new IllegalStateException("a question without answers: " + block);
        }
        Matcher ordering = ORDERING.matcher(lines.get(0));
        if (ordering.matches()) {
            List<String> items = lines.subList(1, lines.size());
            if (items.size() != Integer.parseInt(ordering.group(1))) {
                throw new IllegalStateException(
                        "the ordering says "
                                + ordering.group(1)
                                + " items but has "
                                + items.size());
            }
            return new ReadQuestion(
                    category,
                    "ordering",
                    name,
                    null,
                    text,
                    generalFeedback,
                    null,
                    null,
                    List.of(),
                    List.of(),
                    List.copyOf(items),
                    ordering.group(2),
                    null,
                    List.of());
        }
        if (hasRaw(body, '~')) {
            return choices(category, name, text, generalFeedback, lines);
        }
        if (body.startsWith("TRUE") || body.startsWith("FALSE")) {
            return trueFalse(category, name, text, generalFeedback, lines);
        }
        if (lines.stream().allMatch(l -> l.startsWith("=") && l.contains("->"))) {
            List<ReadQuestion.Pair> pairs = new ArrayList<>();
            for (String line : lines) {
                int arrow = line.indexOf("->");
                pairs.add(
                        new ReadQuestion.Pair(
                                withoutFormat(decode(line.substring(1, arrow), "").strip()),
                                decode(line.substring(arrow + 2), "").strip()));
            }
            return new ReadQuestion(
                    category,
                    "matching",
                    name,
                    null,
                    text,
                    generalFeedback,
                    null,
                    null,
                    List.of(),
                    pairs,
                    List.of(),
                    null,
                    null,
                    List.of());
        }
        List<ReadQuestion.Answer> answers = new ArrayList<>();
        for (String line : lines) {
            Matcher weight = WEIGHT.matcher(line.substring(1));
            if (!line.startsWith("=") || !weight.find()) {
                throw new IllegalStateException("a shortanswer line is =%weight%answer: " + line);
            }
            answers.add(answer(line.substring(1 + weight.end()), weight.group(1), false));
        }
        return new ReadQuestion(
                category,
                "shortanswer",
                name,
                null,
                text,
                generalFeedback,
                null,
                null,
                answers,
                List.of(),
                List.of(),
                null,
                null,
                List.of());
    }

    private static ReadQuestion choices(
            String category, String name, String text, String general, List<String> lines) {
        List<ReadQuestion.Answer> answers = new ArrayList<>();
        boolean single = false;
        for (String line : lines) {
            if (line.startsWith("=")) {
                single = true;
                answers.add(answer(line.substring(1), "100", true));
            } else if (line.startsWith("~")) {
                String after = line.substring(1);
                Matcher weight = WEIGHT.matcher(after);
                if (weight.find()) {
                    answers.add(answer(after.substring(weight.end()), weight.group(1), true));
                } else {
                    answers.add(answer(after, "0", true));
                }
            } else {
                throw new IllegalStateException("a choice line starts with = or ~: " + line);
            }
        }
        return new ReadQuestion(
                category,
                "multichoice",
                name,
                null,
                text,
                general,
                null,
                single,
                answers,
                List.of(),
                List.of(),
                null,
                null,
                List.of());
    }

    private static ReadQuestion trueFalse(
            String category, String name, String text, String general, List<String> lines) {
        if (lines.size() != 1) {
            throw new IllegalStateException(
                    "a true-false question has one line of answer: " + lines);
        }
        Scanner scanner = new Scanner(lines.get(0));
        boolean answer = lines.get(0).startsWith("TRUE");
        scanner.expect(answer ? "TRUE" : "FALSE");
        String wrong = "";
        String right = "";
        if (scanner.more()) {
            scanner.expect("#");
            wrong = scanner.text("#");
            if (scanner.more()) {
                scanner.expect("#");
                right = scanner.text("");
            }
        }
        List<ReadQuestion.Answer> answers =
                List.of(
                        new ReadQuestion.Answer(
                                "true",
                                answer ? "100" : "0",
                                withoutFormat(answer ? right : wrong)),
                        new ReadQuestion.Answer(
                                "false",
                                answer ? "0" : "100",
                                withoutFormat(answer ? wrong : right)));
        return new ReadQuestion(
                category,
                "truefalse",
                name,
                null,
                text,
                general,
                null,
                null,
                answers,
                List.of(),
                List.of(),
                null,
                null,
                List.of());
    }

    /**
     * Whether {@code c} stands unescaped in {@code text}, as Moodle tells a multichoice by a raw
     * "~".
     */
    private static boolean hasRaw(String text, char c) {
        for (int i = 0; i < text.length(); i++) {
            if (text.charAt(i) == '\\') {
                i++;
            } else if (text.charAt(i) == c) {
                return true;
            }
        }
        return false;
    }

    /**
     * An answer's text and feedback. {@code choice}: a choice answer, where a "~" answer without a
     * weight has Moodle look for one at its start.
     */
    private static ReadQuestion.Answer answer(String raw, String fraction, boolean choice) {
        Scanner scanner = new Scanner(raw);
        String text = scanner.text("#");
        String feedback = "";
        if (scanner.more()) {
            scanner.expect("#");
            feedback = scanner.text("");
        }
        if (choice && fraction.equals("0") && MOODLE_WEIGHT.matcher(text).find()) {
            throw new IllegalStateException(
                    "Moodle would read the start of this answer as a weight: " + text);
        }
        return new ReadQuestion.Answer(
                withoutFormat(text.strip()), fraction, withoutFormat(feedback.strip()));
    }

    /**
     * Moodle reads a leading [html] of an answer or premise as its format, and drops it from the
     * text.
     */
    private static String withoutFormat(String text) {
        Matcher format = FORMAT.matcher(text);
        return format.find() ? text.substring(format.end()) : text;
    }

    /** A whole text, every character of the syntax escaped; {@code allowed} may stand raw. */
    private static String decode(String raw, String allowed) {
        Scanner scanner = new Scanner(raw);
        String text = scanner.text(allowed);
        if (scanner.more()) {
            throw new IllegalStateException(
                    "unescaped '" + raw.charAt(scanner.at) + "' in: " + raw);
        }
        return text;
    }

    /** Reads escaped text up to a raw stop character. */
    private static final class Scanner {
        private final String source;
        private int at;

        Scanner(String source) {
            this.source = source;
        }

        boolean more() {
            return at < source.length();
        }

        void expect(String word) {
            if (!source.startsWith(word, at)) {
                throw new IllegalStateException(
                        "expected '" + word + "' at " + at + " of: " + source);
            }
            at += word.length();
        }

        /** Text until one of {@code stops} stands raw, or the end; any other raw syntax fails. */
        String text(String stops) {
            StringBuilder text = new StringBuilder();
            while (at < source.length()) {
                char c = source.charAt(at);
                if (c == '\\') {
                    if (at + 1 >= source.length()) {
                        throw new IllegalStateException(
                                "a lone backslash at the end of: " + source);
                    }
                    char next = source.charAt(at + 1);
                    if (next == 'n') {
                        text.append('\n');
                    } else if (SYNTAX.indexOf(next) >= 0) {
                        text.append(next);
                    } else {
                        throw new IllegalStateException(
                                "'\\" + next + "' escapes nothing, in: " + source);
                    }
                    at += 2;
                    continue;
                }
                if (stops.indexOf(c) >= 0) {
                    return text.toString();
                }
                if (SYNTAX.indexOf(c) >= 0 || c == '\n' || c == '\r') {
                    throw new IllegalStateException(
                            "unescaped '" + c + "' at " + at + " of: " + source);
                }
                text.append(c);
                at++;
            }
            return text.toString();
        }
    }
}
