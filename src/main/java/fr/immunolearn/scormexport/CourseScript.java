package fr.immunolearn.scormexport;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.json.JsonWriteFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import fr.immunolearn.course.Choice;
import fr.immunolearn.course.Course;
import fr.immunolearn.course.GlossaryEntry;
import fr.immunolearn.course.Lesson;
import fr.immunolearn.course.LessonBlock;
import fr.immunolearn.course.MatchPair;
import fr.immunolearn.course.OrderItem;
import fr.immunolearn.course.Passage;
import fr.immunolearn.course.Question;
import fr.immunolearn.course.QuestionKind;
import fr.immunolearn.course.Quiz;
import fr.immunolearn.quiz.ScoringRules;
import java.lang.reflect.RecordComponent;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Bakes the exported course, its settings and the player's strings into {@code course.js}: a
 * classic script that sets one global, so the player also runs from {@code file://}, where it could
 * not fetch a JSON file.
 *
 * <p>Questions take the compact shape of the shared scoring vectors, so the player's scoring reads
 * the very structure the vectors test.
 */
public final class CourseScript {

    /** The global the player reads. */
    public static final String GLOBAL = "ImmunoLearnCourse";

    /**
     * Raised whenever the shape below changes, so a player never reads a course it does not
     * understand.
     */
    public static final int FORMAT = 3;

    // Every character outside ASCII is escaped: the file then reads the same whatever charset an
    // LMS's
    // web server announces for .js files.
    private static final JsonMapper JSON =
            JsonMapper.builder().enable(JsonWriteFeature.ESCAPE_NON_ASCII).build();
    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

    private CourseScript() {}

    public static byte[] write(ExportedCourse exported, Map<String, String> strings) {
        ObjectNode root = NODES.objectNode();
        root.put("format", FORMAT);
        root.set("settings", settings(exported));
        ObjectNode words = root.putObject("strings");
        strings.forEach(words::put);
        root.set("course", course(exported));
        try {
            String script = "window." + GLOBAL + " = " + JSON.writeValueAsString(root) + ";\n";
            return script.getBytes(StandardCharsets.US_ASCII);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("the course cannot be written as JSON", e);
        }
    }

    /** The JSON a {@code course.js} holds, as the player reads it. */
    static JsonNode read(byte[] script) throws JsonProcessingException {
        String text = new String(script, StandardCharsets.US_ASCII);
        String prefix = "window." + GLOBAL + " = ";
        if (!text.startsWith(prefix) || !text.endsWith(";\n")) {
            throw new IllegalArgumentException("not a course.js: it does not set window." + GLOBAL);
        }
        return JSON.readTree(text.substring(prefix.length(), text.length() - 2));
    }

    private static ObjectNode settings(ExportedCourse exported) {
        Course course = exported.course();
        ObjectNode settings = NODES.objectNode();
        settings.put("edition", exported.edition().key());
        settings.put("passMark", exported.passMark());
        settings.put("completion", course.completion().key());
        settings.put("finalUnlock", course.finalUnlock().key());
        settings.put("suspendDataLimit", exported.edition().suspendDataLimit());
        settings.put("maxTextLength", ScoringRules.MAX_TEXT_LENGTH);
        settings.put("newAttemptWhenFinished", exported.newAttemptWhenFinished());
        return settings;
    }

    private static ObjectNode course(ExportedCourse exported) {
        Course course = exported.course();
        ObjectNode json = NODES.objectNode();
        json.put("id", course.id());
        json.put("language", course.language());
        json.put("title", course.title());
        json.put("description", course.description());
        ObjectNode source = json.putObject("source");
        source.put("title", course.source().title());
        putIfPresent(source, "author", course.source().author());
        putIfPresent(source, "url", course.source().url());
        putIfPresent(source, "note", course.source().note());
        json.put("disclaimer", course.disclaimer());
        ObjectNode glossary = json.putObject("glossary");
        for (GlossaryEntry entry : course.glossary()) {
            if (course.lessons().stream().anyMatch(l -> l.glossaryTerms().contains(entry.id()))) {
                ObjectNode term = glossary.putObject(entry.id());
                term.put("term", entry.term());
                term.put("definition", entry.definition());
            }
        }
        // Each entity the LMS hears of carries its LMS identifier ("lms") beside its content id:
        // the
        // player writes those as they are, so the rule lives in LmsIdentifiers alone.
        LmsIdentifiers lms = LmsIdentifiers.of(course);
        ArrayNode lessons = json.putArray("lessons");
        course.lessons().forEach(lesson -> lessons.add(lesson(lesson, lms)));
        ArrayNode quizzes = json.putArray("quizzes");
        course.quizzes().forEach(quiz -> quizzes.add(quiz(quiz, exported, lms)));
        stateKeys(json, course);
        return json;
    }

    /**
     * The keys suspend_data names things by, and the fingerprint of this content (see StateKeys):
     * computed over the course as baked, so any change the learner could see gives a new version.
     */
    private static void stateKeys(ObjectNode json, Course course) {
        StateKeys keys;
        try {
            keys = StateKeys.of(course, JSON.writeValueAsString(json));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("the course cannot be written as JSON", e);
        }
        json.put("key", keys.course());
        json.put("version", keys.version());
        for (int i = 0; i < course.lessons().size(); i++) {
            ((ObjectNode) json.get("lessons").get(i))
                    .put("key", keys.lesson(course.lessons().get(i).id()));
        }
        for (int q = 0; q < course.quizzes().size(); q++) {
            Quiz quiz = course.quizzes().get(q);
            ObjectNode baked = (ObjectNode) json.get("quizzes").get(q);
            baked.put("key", keys.quiz(quiz.id()));
            for (int n = 0; n < quiz.questions().size(); n++) {
                ((ObjectNode) baked.get("questions").get(n))
                        .put("key", keys.question(quiz.questions().get(n)));
            }
        }
    }

    private static ObjectNode lesson(Lesson lesson, LmsIdentifiers lms) {
        ObjectNode json = NODES.objectNode();
        json.put("id", lesson.id());
        json.put("lms", lms.lesson(lesson.id()));
        json.put("title", lesson.title());
        strings(json.putArray("objectives"), lesson.objectives());
        json.put("introHtml", lesson.introHtml());
        ArrayNode passages = json.putArray("passages");
        for (Passage passage : lesson.passages()) {
            ObjectNode p = passages.addObject();
            p.put("id", passage.id());
            p.put("title", passage.title());
            ArrayNode body = p.putArray("body");
            passage.body().forEach(block -> body.add(block(block)));
        }
        strings(json.putArray("keyPoints"), lesson.keyPoints());
        strings(json.putArray("terms"), lesson.glossaryTerms());
        json.put("quiz", lesson.quiz().id());
        return json;
    }

    /**
     * A block as the player's renderers read it: its {@code type}, then each record component under
     * its own name, so a new block type or field needs no code here. Strings stay as the model
     * holds them (the fields named {@code html}, {@code ...Html} or {@code svg} are sanitised
     * markup, every other string is text the player escapes), enums become their lower-case name,
     * lists of records become arrays of objects.
     */
    static ObjectNode block(LessonBlock block) {
        ObjectNode json = NODES.objectNode();
        json.put("type", block.type());
        components(json, (Record) block);
        return json;
    }

    private static void components(ObjectNode json, Record record) {
        for (RecordComponent component : record.getClass().getRecordComponents()) {
            Object value;
            try {
                value = component.getAccessor().invoke(record);
            } catch (ReflectiveOperationException e) {
                throw new IllegalStateException(
                        "cannot read " + component.getName() + " of " + record, e);
            }
            json.set(component.getName(), value(value));
        }
    }

    private static JsonNode value(Object value) {
        if (value == null) {
            return NODES.nullNode();
        } else if (value instanceof String text) {
            return NODES.textNode(text);
        } else if (value instanceof Boolean flag) {
            return NODES.booleanNode(flag);
        } else if (value instanceof Enum<?> constant) {
            return NODES.textNode(constant.name().toLowerCase(Locale.ROOT));
        } else if (value instanceof Record record) {
            ObjectNode json = NODES.objectNode();
            components(json, record);
            return json;
        } else if (value instanceof List<?> list) {
            ArrayNode array = NODES.arrayNode();
            list.forEach(item -> array.add(value(item)));
            return array;
        }
        throw new IllegalStateException(
                "a lesson block holds a "
                        + value.getClass().getSimpleName()
                        + ", which course.js has no shape for");
    }

    private static ObjectNode quiz(Quiz quiz, ExportedCourse exported, LmsIdentifiers lms) {
        ObjectNode json = NODES.objectNode();
        json.put("id", quiz.id());
        if (quiz.lessonId() == null) {
            json.putNull("lesson");
        } else {
            json.put("lesson", quiz.lessonId());
        }
        json.put("title", quiz.title());
        json.put("passMark", quiz.passMark());
        json.put("maxAttempts", quiz.maxAttempts());
        json.put("draw", quiz.drawCount());
        json.put("shuffleQuestions", quiz.shuffleQuestions());
        json.put("shuffleChoices", quiz.shuffleChoices());
        ArrayNode questions = json.putArray("questions");
        quiz.questions().forEach(q -> questions.add(question(q, exported.lessonOf(q), lms)));
        return json;
    }

    private static ObjectNode question(Question question, String lessonId, LmsIdentifiers lms) {
        ObjectNode json = NODES.objectNode();
        json.put("id", question.id());
        json.put("lms", lms.question(question.id()));
        json.put("type", question.type().key());
        json.put("prompt", question.prompt());
        json.put("weight", question.weight());
        json.put("lesson", lessonId);
        // The objective the question's interactions count towards, as the LMS knows it.
        json.put("objective", lms.lesson(lessonId));
        json.put("passage", question.passageId());
        json.put("explanation", question.feedback().explanation());
        putIfPresent(json, "ifCorrect", question.feedback().whenCorrect());
        putIfPresent(json, "ifIncorrect", question.feedback().whenIncorrect());
        QuestionKind kind = question.kind();
        if (kind instanceof QuestionKind.SingleChoice single) {
            choices(json, question.id(), single.choices(), lms);
        } else if (kind instanceof QuestionKind.MultipleResponse multiple) {
            json.put("credit", multiple.credit().key());
            choices(json, question.id(), multiple.choices(), lms);
        } else if (kind instanceof QuestionKind.TrueFalse trueFalse) {
            json.put("answer", trueFalse.answer());
        } else if (kind instanceof QuestionKind.FillIn fillIn) {
            strings(json.putArray("accepted"), fillIn.acceptedAnswers());
        } else if (kind instanceof QuestionKind.Matching matching) {
            json.put("credit", matching.credit().key());
            ArrayNode pairs = json.putArray("pairs");
            for (MatchPair pair : matching.pairs()) {
                ObjectNode p = pairs.addObject();
                p.put("id", pair.id());
                p.put("lms", lms.pair(question.id(), pair.id()));
                p.put("premise", pair.premise());
                p.put("response", pair.response());
            }
        } else if (kind instanceof QuestionKind.Ordering ordering) {
            json.put("credit", ordering.credit().key());
            ArrayNode items = json.putArray("items");
            for (OrderItem item : ordering.items()) {
                ObjectNode i = items.addObject();
                i.put("id", item.id());
                i.put("lms", lms.item(question.id(), item.id()));
                i.put("text", item.text());
            }
        }
        return json;
    }

    private static void choices(
            ObjectNode json, String questionId, List<Choice> choices, LmsIdentifiers lms) {
        ArrayNode array = json.putArray("choices");
        for (Choice choice : choices) {
            ObjectNode c = array.addObject();
            c.put("id", choice.id());
            c.put("lms", lms.choice(questionId, choice.id()));
            c.put("text", choice.text());
            // Written only when true, as in the scoring vectors: wrong is the default.
            if (choice.correct()) {
                c.put("correct", true);
            }
            putIfPresent(c, "feedback", choice.feedback());
        }
    }

    private static void strings(ArrayNode array, List<String> values) {
        values.forEach(array::add);
    }

    private static void putIfPresent(ObjectNode json, String key, String value) {
        if (value != null && !value.isEmpty()) {
            json.put(key, value);
        }
    }
}
