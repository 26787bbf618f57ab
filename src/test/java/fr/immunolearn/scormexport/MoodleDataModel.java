package fr.immunolearn.scormexport;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What Moodle 4.5's own SCORM runtime accepts in SetValue, element by element: its published
 * regular expressions and the checks it runs with them, so that a test can replay every value the
 * player wrote and know which Moodle would have refused (with its error code).
 *
 * <p>Read from moodle/moodle, {@code mod/scorm/datamodels/scorm_12.js} and {@code
 * mod/scorm/datamodels/scorm_13.js} (the copy read was at commit
 * 139f32c2183864dd77b232f45be69bc29161fb4e; the rules match ../shared/LMS-NOTES.md). Moodle writes
 * its patterns as JavaScript string literals, so what reaches {@code new RegExp} is what is written
 * here: where Moodle wrote {@code '\.'} in a string, the regular expression sees {@code .}, any
 * character. JavaScript's semantics are kept where Java's differ: {@code .} stops at {@code \n \r
 * \u2028 \u2029} only ({@link #DOT}), {@code \S} refuses Unicode spaces too ({@link #NON_SPACE}),
 * {@code \w} and {@code \d} are ASCII in both, and {@code [\u0000-\uFFFF]{0,n}} counts UTF-16
 * units, that is {@link String#length()}.
 *
 * <p>For 1.2 the class also holds the standard's response formats (RTE 1.2 3.4.2.7.5), which Moodle
 * does not check but other LMSs' reports parse: those refusals say "standard".
 */
final class MoodleDataModel {

    /** One value Moodle would refuse. */
    record Refusal(String element, String value, String code, String why) {
        @Override
        public String toString() {
            return element + " = \"" + value + "\": " + code + " (" + why + ")";
        }
    }

    private static final String DOT = "[^\\n\\r\\u2028\\u2029]";
    private static final String NON_SPACE =
            "[^\\s\\u00a0\\u1680\\u2000-\\u200a\\u2028\\u2029\\u202f\\u205f\\u3000\\ufeff]";

    /* ---------- SCORM 1.2 (scorm_12.js, standard mode: Moodle's default "scorm12standard") ---------- */

    static final String V12_TIME =
            "^([0-2]{1}[0-9]{1}):([0-5]{1}[0-9]{1}):([0-5]{1}[0-9]{1})(" + DOT + "[0-9]{1,2})?$";
    static final String V12_TIMESPAN =
            "^([0-9]{2,4}):([0-9]{2}):([0-9]{2})(" + DOT + "[0-9]{1,2})?$";
    static final String V12_DECIMAL = "^-?([0-9]{0,3})(" + DOT + "[0-9]*)?$";
    static final String V12_IDENTIFIER = "^[\\u0021-\\u007E]{0,255}$";
    static final String V12_STATUS = "^passed$|^completed$|^failed$|^incomplete$|^browsed$";
    static final String V12_STATUS2 = V12_STATUS + "|^not attempted$";
    static final String V12_EXIT = "^time-out$|^suspend$|^logout$|^$";
    static final String V12_TYPE =
            "^true-false$|^choice$|^fill-in$|^matching$|^performance$|^sequencing$|^likert$|^numeric$";
    static final String V12_RESULT =
            "^correct$|^wrong$|^unanticipated$|^neutral$|^([0-9]{0,3})?(" + DOT + "[0-9]*)?$";

    /* ---------- SCORM 2004 (scorm_13.js) ---------- */

    static final String LANG = "([a-zA-Z]{2,3}|i|x)(\\-[a-zA-Z0-9\\-]{2,8})?";
    static final String V2004_LANG_STRING_250 =
            "^(\\{lang=" + LANG + "\\})?([^\\{]" + DOT + "{0,250}$)?";
    static final String V2004_LANG_STRING_250_CR =
            "^((\\{lang=([a-zA-Z]{2,3}|i|x)?(\\-[a-zA-Z0-9\\-]{2,8})?\\})?(" + DOT + "{0,250})?)?$";
    static final String V2004_TIME =
            "^(19[7-9]{1}[0-9]{1}|20[0-2]{1}[0-9]{1}|203[0-8]{1})((-(0[1-9]{1}|1[0-2]{1}))((-(0[1-9]{1}"
                    + "|[1-2]{1}[0-9]{1}|3[0-1]{1}))(T([0-1]{1}[0-9]{1}|2[0-3]{1})((:[0-5]{1}[0-9]{1})((:[0-5]{1}[0-9]{1})((\\.[0-9]{1,2})"
                    + "((Z|([+|-]([0-1]{1}[0-9]{1}|2[0-3]{1})))(:[0-5]{1}[0-9]{1})?)?)?)?)?)?)?)?$";
    static final String V2004_TIMESPAN =
            "^P(\\d+Y)?(\\d+M)?(\\d+D)?(T(((\\d+H)(\\d+M)?(\\d+("
                    + DOT
                    + "\\d{1,2})?S)?)|((\\d+M)(\\d+("
                    + DOT
                    + "\\d{1,2})?S)?)|((\\d+("
                    + DOT
                    + "\\d{1,2})?S))))?$";
    static final String V2004_DECIMAL = "^-?([0-9]{1,5})(\\.[0-9]{1,18})?$";
    static final String V2004_SHORT_IDENTIFIER = "^[\\w.]{1,250}$";
    static final String V2004_LONG_IDENTIFIER =
            "^(?:(?!urn:)"
                    + NON_SPACE
                    + "{1,4000}|urn:[A-Za-z0-9-]{1,31}:"
                    + NON_SPACE
                    + "{1,4000})$";
    static final String V2004_FEEDBACK = "^" + DOT + "*$";
    static final String V2004_COMPLETION = "^completed$|^incomplete$|^not attempted$|^unknown$";
    static final String V2004_SUCCESS = "^passed$|^failed$|^unknown$";
    static final String V2004_EXIT = "^time-out$|^suspend$|^logout$|^normal$|^$";
    static final String V2004_TYPE =
            "^true-false$|^choice$|^(long-)?fill-in$|^matching$|^performance$|^sequencing$|^likert$|^numeric$|^other$";
    static final String V2004_RESULT =
            "^correct$|^incorrect$|^unanticipated$|^neutral$|^-?([0-9]{1,4})(\\.[0-9]{1,18})?$";

    /**
     * Moodle's per-type rules for learner_response and correct_responses.n.pattern (scorm_13.js).
     */
    private record Responses(
            String format,
            String format2,
            int max,
            String delimiter,
            String delimiter2,
            boolean unique,
            Integer limit) {}

    private static final Map<String, Responses> LEARNER_RESPONSE =
            Map.of(
                    "true-false", new Responses("^true$|^false$", null, 1, "", null, false, null),
                    "choice",
                            new Responses(
                                    V2004_SHORT_IDENTIFIER, null, 36, "[,]", null, true, null),
                    "fill-in",
                            new Responses(
                                    V2004_LANG_STRING_250, null, 10, "[,]", null, false, null),
                    "matching",
                            new Responses(
                                    V2004_SHORT_IDENTIFIER,
                                    V2004_SHORT_IDENTIFIER,
                                    36,
                                    "[,]",
                                    "[.]",
                                    false,
                                    null),
                    "sequencing",
                            new Responses(
                                    V2004_SHORT_IDENTIFIER, null, 36, "[,]", null, false, null),
                    "likert", new Responses(V2004_SHORT_IDENTIFIER, null, 1, "", null, false, null),
                    "numeric", new Responses(V2004_DECIMAL, null, 1, "", null, false, null));

    private static final Map<String, Responses> CORRECT_RESPONSES =
            Map.of(
                    "true-false", new Responses("^true$|^false$", null, 1, "", null, false, 1),
                    "choice",
                            new Responses(
                                    V2004_SHORT_IDENTIFIER, null, 36, "[,]", null, true, null),
                    "fill-in",
                            new Responses(
                                    V2004_LANG_STRING_250_CR, null, 10, "[,]", null, false, null),
                    "matching",
                            new Responses(
                                    V2004_SHORT_IDENTIFIER,
                                    V2004_SHORT_IDENTIFIER,
                                    36,
                                    "[,]",
                                    "[.]",
                                    false,
                                    null),
                    "sequencing",
                            new Responses(
                                    V2004_SHORT_IDENTIFIER, null, 36, "[,]", null, false, null),
                    "likert", new Responses(V2004_SHORT_IDENTIFIER, null, 1, "", null, false, 1),
                    "numeric", new Responses(V2004_DECIMAL, null, 2, "[:]", null, false, 1));

    /* ---------- SCORM 1.2 response formats of the standard (RTE 1.2 3.4.2.7.5) ---------- */

    private static final Map<String, String> STANDARD_12_RESPONSE =
            Map.of(
                    "true-false", "^[tf01]$",
                    "choice", "^([0-9a-z](,[0-9a-z])*)?$",
                    "matching", "^[0-9a-z]\\.[0-9a-z](,[0-9a-z]\\.[0-9a-z])*$",
                    "sequencing", "^[0-9a-z](,[0-9a-z])*$",
                    "fill-in", "^[\\s\\S]{0,255}$");

    private static final Pattern INTERACTION =
            Pattern.compile("^cmi\\.interactions\\.(\\d+)\\.(.*)$");
    private static final Pattern INDEX = Pattern.compile("\\.\\d+\\.");
    private static final Map<String, Pattern> COMPILED = new HashMap<>();

    private final ScormEdition edition;
    private final Map<String, String> interactionTypes = new HashMap<>();
    private final Map<String, List<String>> patterns = new HashMap<>();
    private final Map<String, String> objectiveIds = new HashMap<>();

    MoodleDataModel(ScormEdition edition) {
        this.edition = edition;
    }

    /**
     * Checks every SetValue in order ([element, value, ...] as TestLms lists them); what Moodle
     * would refuse.
     */
    List<Refusal> check(List<List<String>> sets) {
        List<Refusal> refusals = new ArrayList<>();
        for (List<String> set : sets) {
            set(set.get(0), set.get(1)).ifPresent(refusals::add);
        }
        return refusals;
    }

    /**
     * One SetValue: empty when Moodle takes it. The interaction types it takes are remembered, as
     * Moodle does.
     */
    Optional<Refusal> set(String element, String value) {
        String model = INDEX.matcher(element).replaceAll(".n.");
        String why =
                edition == ScormEdition.SCORM_12
                        ? check12(element, model, value)
                        : check2004(element, model, value);
        if (why == null) {
            return Optional.empty();
        }
        String[] parts = why.split(" ", 2);
        return Optional.of(new Refusal(element, value, parts[0], parts.length > 1 ? parts[1] : ""));
    }

    /* ---------- 1.2: LMSSetValue: value.match(format) != null, then the range ---------- */

    private String check12(String element, String model, String value) {
        String format;
        double[] range = null;
        switch (model) {
            case "cmi.core.lesson_location",
                    "cmi.interactions.n.correct_responses.n.pattern",
                    "cmi.interactions.n.student_response" ->
                    format = null;
            case "cmi.core.lesson_status" -> format = V12_STATUS;
            case "cmi.core.score.raw",
                    "cmi.core.score.min",
                    "cmi.core.score.max",
                    "cmi.objectives.n.score.raw",
                    "cmi.objectives.n.score.min",
                    "cmi.objectives.n.score.max" -> {
                format = V12_DECIMAL;
                range = new double[] {0, 100};
            }
            case "cmi.interactions.n.weighting" -> {
                format = V12_DECIMAL;
                range = new double[] {-100, 100};
            }
            case "cmi.core.exit" -> format = V12_EXIT;
            case "cmi.core.session_time", "cmi.interactions.n.latency" -> format = V12_TIMESPAN;
            case "cmi.suspend_data", "cmi.comments" -> {
                return value.length() <= 4096
                        ? standard12(element, value)
                        : "405 CMIString4096: more than 4,096 characters";
            }
            case "cmi.objectives.n.id",
                    "cmi.interactions.n.id",
                    "cmi.interactions.n.objectives.n.id" ->
                    format = V12_IDENTIFIER;
            case "cmi.objectives.n.status" -> format = V12_STATUS2;
            case "cmi.interactions.n.time" -> format = V12_TIME;
            case "cmi.interactions.n.type" -> format = V12_TYPE;
            case "cmi.interactions.n.result" -> format = V12_RESULT;
            default -> {
                return "201 not an element of Moodle's 1.2 data model, or read-only";
            }
        }
        if (format == null) {
            // CMIString256 (CMIFeedback is CMIString256 in Moodle's 1.2 runtime).
            if (value.length() > 255) {
                return "405 CMIString256: more than 255 characters";
            }
        } else if (!pattern(format).matcher(value).find()) {
            return "405 does not match " + format;
        }
        if (range != null) {
            double number = value.isEmpty() ? 0 : Double.parseDouble(value);
            if (number < range[0] || number > range[1]) {
                return "405 out of range " + range[0] + " to " + range[1];
            }
        }
        return standard12(element, value);
    }

    /** What the 1.2 standard asks of response values, beyond Moodle. */
    private String standard12(String element, String value) {
        Matcher at = INTERACTION.matcher(element);
        if (!at.matches()) {
            return null;
        }
        String n = at.group(1);
        String suffix = at.group(2);
        if (suffix.equals("type")) {
            interactionTypes.put(n, value);
            return null;
        }
        if (suffix.equals("student_response")
                || suffix.matches("correct_responses\\.\\d+\\.pattern")) {
            String type = interactionTypes.get(n);
            String format = STANDARD_12_RESPONSE.get(type);
            if (format != null && !pattern(format).matcher(value).find()) {
                return "standard RTE 1.2 3.4.2.7.5: a " + type + " response is " + format;
            }
        }
        return null;
    }

    /* ---------- 2004: SetValue ---------- */

    private String check2004(String element, String model, String value) {
        String format;
        double[] range = null;
        switch (model) {
            case "cmi.completion_status", "cmi.objectives.n.completion_status" ->
                    format = V2004_COMPLETION;
            case "cmi.success_status", "cmi.objectives.n.success_status" -> format = V2004_SUCCESS;
            case "cmi.exit" -> format = V2004_EXIT;
            case "cmi.session_time", "cmi.interactions.n.latency" -> format = V2004_TIMESPAN;
            case "cmi.score.raw",
                    "cmi.score.min",
                    "cmi.score.max",
                    "cmi.objectives.n.score.raw",
                    "cmi.objectives.n.score.min",
                    "cmi.objectives.n.score.max",
                    "cmi.interactions.n.weighting" ->
                    format = V2004_DECIMAL;
            case "cmi.score.scaled", "cmi.objectives.n.score.scaled" -> {
                format = V2004_DECIMAL;
                range = new double[] {-1, 1};
            }
            case "cmi.progress_measure", "cmi.objectives.n.progress_measure" -> {
                format = V2004_DECIMAL;
                range = new double[] {0, 1};
            }
            case "cmi.location" -> {
                return value.length() <= 1000
                        ? null
                        : "406 CMIString1000: more than 1,000 characters";
            }
            case "cmi.suspend_data" -> {
                return value.length() <= 64000
                        ? null
                        : "406 CMIString64000: more than 64,000 characters";
            }
            case "cmi.objectives.n.id",
                    "cmi.interactions.n.id",
                    "cmi.interactions.n.objectives.n.id" ->
                    format = V2004_LONG_IDENTIFIER;
            case "cmi.interactions.n.type" -> format = V2004_TYPE;
            case "cmi.interactions.n.timestamp" -> format = V2004_TIME;
            case "cmi.interactions.n.result" -> format = V2004_RESULT;
            case "cmi.interactions.n.description", "cmi.objectives.n.description" ->
                    format = V2004_LANG_STRING_250;
            case "cmi.interactions.n.learner_response",
                    "cmi.interactions.n.correct_responses.n.pattern" ->
                    format = V2004_FEEDBACK;
            default -> {
                return "401 not an element of Moodle's 2004 data model, or read-only";
            }
        }
        // The first check of every SetValue: a match, and not an empty one unless the value is
        // empty.
        Matcher matcher = pattern(format).matcher(value);
        if (!matcher.find() || (matcher.group().isEmpty() && !value.isEmpty())) {
            return "406 does not match " + format;
        }
        if (model.equals("cmi.objectives.n.id")) {
            String n = element.split("\\.")[2];
            String before = objectiveIds.get(n);
            if (before != null && !before.equals(value)) {
                return "351 an objective's id is written once";
            }
            if (before == null && objectiveIds.containsValue(value)) {
                return "351 another objective has this id";
            }
            objectiveIds.put(n, value);
        }
        Matcher at = INTERACTION.matcher(element);
        if (at.matches()) {
            String why = interaction2004(at.group(1), at.group(2), value);
            if (why != null) {
                return why;
            }
        }
        if (range != null) {
            double number = Double.parseDouble(value);
            if (number < range[0] || number > range[1]) {
                return "407 out of range " + range[0] + " to " + range[1];
            }
        }
        return null;
    }

    private String interaction2004(String n, String suffix, String value) {
        if (suffix.equals("type")) {
            interactionTypes.put(n, value);
            patterns.remove(n);
            return null;
        }
        boolean learner = suffix.equals("learner_response");
        if (!learner && !suffix.matches("correct_responses\\.\\d+\\.pattern")) {
            return null;
        }
        String type = interactionTypes.get(n);
        if (type == null) {
            return "408 the interaction's type is not set yet";
        }
        Responses rules = (learner ? LEARNER_RESPONSE : CORRECT_RESPONSES).get(type);
        if (rules == null) {
            return null;
        }
        if (!learner) {
            List<String> earlier = patterns.computeIfAbsent(n, k -> new ArrayList<>());
            if (type.equals("choice") && earlier.contains(value)) {
                return "351 the same choice pattern twice";
            }
            if (rules.limit() != null && earlier.size() >= rules.limit()) {
                return "351 more correct responses than a " + type + " takes";
            }
            earlier.add(value);
        }
        List<String> nodes =
                rules.delimiter().isEmpty() ? List.of(value) : split(value, rules.delimiter());
        if (nodes.size() > rules.max()) {
            return "351 more than " + rules.max() + " parts";
        }
        Pattern format = pattern(rules.format());
        for (int i = 0; i < nodes.size(); i++) {
            String node = nodes.get(i);
            if (!learner && type.matches("fill-in|long-fill-in|matching|performance|sequencing")) {
                String[] stripped = removePrefixes(node);
                if (stripped[0] != null) {
                    return stripped[0];
                }
                node = stripped[1];
            }
            if (rules.delimiter2() != null) {
                List<String> sides = split(node, rules.delimiter2());
                if (sides.size() != 2
                        || !format.matcher(sides.get(0)).find()
                        || !pattern(rules.format2()).matcher(sides.get(1)).find()) {
                    return "406 \""
                            + node
                            + "\" is not two "
                            + rules.format()
                            + " joined by "
                            + rules.delimiter2();
                }
            } else {
                boolean matches = format.matcher(node).find();
                boolean refused =
                        learner
                                ? !matches
                                : !matches && (!value.isEmpty() || type.equals("true-false"));
                if (refused) {
                    return "406 \"" + node + "\" does not match " + rules.format();
                }
                if (rules.unique() && !node.isEmpty() && nodes.subList(0, i).contains(node)) {
                    return "406 \"" + node + "\" twice";
                }
            }
        }
        return null;
    }

    /**
     * Moodle's CRremovePrefixes: {lang=..}, {case_matters=..}, {order_matters=..}; [error or null,
     * rest].
     */
    private static String[] removePrefixes(String node) {
        Pattern prefix = Pattern.compile("^(\\{(lang|case_matters|order_matters)=([^}]+)\\})");
        String error = null;
        boolean seen = false;
        for (Matcher m = prefix.matcher(node); m.find(); m = prefix.matcher(node)) {
            String name = m.group(2);
            String setting = m.group(3);
            if (name.equals("lang")) {
                if (!setting.matches("[a-zA-Z]{2,3}(-[a-zA-Z0-9-]{2,8})?|i|x")) {
                    error = "406 unknown language " + setting;
                }
            } else if (!seen && !setting.equals("true") && !setting.equals("false")) {
                error = "406 " + name + " must be true or false";
            }
            seen = true;
            node = node.substring(m.group(1).length());
        }
        return new String[] {error, node};
    }

    /** JavaScript's String.split with a literal separator. */
    private static List<String> split(String value, String delimiter) {
        List<String> parts = new ArrayList<>();
        int from = 0;
        for (int at = value.indexOf(delimiter); at >= 0; at = value.indexOf(delimiter, from)) {
            parts.add(value.substring(from, at));
            from = at + delimiter.length();
        }
        parts.add(value.substring(from));
        return parts;
    }

    private static Pattern pattern(String regex) {
        synchronized (COMPILED) {
            return COMPILED.computeIfAbsent(regex, Pattern::compile);
        }
    }
}
