package fr.immunolearn.course.loading;

import fr.immunolearn.course.CompletionRule;
import fr.immunolearn.course.Concept;
import fr.immunolearn.course.Course;
import fr.immunolearn.course.GlossaryEntry;
import fr.immunolearn.course.Lesson;
import fr.immunolearn.course.Passage;
import fr.immunolearn.course.Question;
import fr.immunolearn.course.Quiz;
import fr.immunolearn.course.Source;
import fr.immunolearn.course.UnlockRule;
import fr.immunolearn.course.loading.Fields.Located;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * Reads one language edition: {@code course.yaml}, {@code glossary.yaml}, {@code lessons/*.md},
 * {@code quizzes/*.yaml} and {@code final.yaml}, then checks every reference between them.
 */
final class EditionReader {

    private static final Set<String> COURSE_KEYS =
            Set.of(
                    "id",
                    "language",
                    "title",
                    "description",
                    "passMark",
                    "maxAttempts",
                    "completion",
                    "finalUnlock",
                    "lessons",
                    "source",
                    "disclaimer",
                    "concepts");
    private static final Set<String> QUIZ_KEYS =
            Set.of(
                    "id",
                    "lesson",
                    "title",
                    "passMark",
                    "maxAttempts",
                    "draw",
                    "shuffleQuestions",
                    "shuffleChoices",
                    "questions");
    private static final Set<String> KNOWN_ENTRIES =
            Set.of("course.yaml", "glossary.yaml", "final.yaml", "lessons", "quizzes", "media");

    private final Path dir;
    private final String displayDir;
    private final String expectedLanguage;
    private final Problems problems;
    private final References references = new References();
    private final Places places = new Places();
    private final Typography typography;

    EditionReader(Path dir, String displayDir, String expectedLanguage, Problems problems) {
        this.dir = dir;
        this.displayDir = displayDir;
        this.expectedLanguage = expectedLanguage;
        this.problems = problems;
        this.typography = Typography.forLanguage(expectedLanguage);
    }

    /** A read edition and where its parts are written. */
    record Edition(Course course, Places places) {}

    Optional<Edition> read() {
        reportStrayFiles();
        String courseFile = display("course.yaml");
        Optional<Fields> courseFields =
                yaml("course.yaml")
                        .flatMap(
                                node ->
                                        Fields.of(
                                                node,
                                                COURSE_KEYS,
                                                "the course file",
                                                courseFile,
                                                problems,
                                                typography));
        if (courseFields.isEmpty()) {
            return Optional.empty();
        }
        Fields course = courseFields.get();
        String courseId = course.id("id");
        places.put("course", courseId, courseFile, course.location());
        String language = course.reference("language");
        if (!language.isEmpty() && !language.equals(expectedLanguage)) {
            course.report(
                    "language",
                    "the course in folder '"
                            + expectedLanguage
                            + "' says its language is \""
                            + language
                            + "\"");
        }
        String title = course.text("title");
        String description = course.optionalText("description");
        int passMark = course.integer("passMark", 80, 0, 100);
        int maxAttempts = course.integer("maxAttempts", 0, 0, 100);
        CompletionRule completion =
                CompletionRule.fromKey(
                                course.word(
                                        "completion",
                                        CompletionRule.FINAL_ASSESSMENT_PASSED.key(),
                                        Arrays.stream(CompletionRule.values())
                                                .map(CompletionRule::key)
                                                .collect(Collectors.toSet())))
                        .orElseThrow();
        UnlockRule unlock =
                UnlockRule.fromKey(
                                course.word(
                                        "finalUnlock",
                                        UnlockRule.ALL_LESSONS_DONE.key(),
                                        Arrays.stream(UnlockRule.values())
                                                .map(UnlockRule::key)
                                                .collect(Collectors.toSet())))
                        .orElseThrow();
        Source source = source(course);
        String disclaimer = course.text("disclaimer");
        List<Concept> concepts = concepts(course);
        List<Located<String>> lessonOrder = course.references("lessons", true);

        Map<String, GlossaryEntry> glossary = glossary();
        Map<String, LessonReader.Draft> lessons = lessons(glossary);
        QuizDefaults defaults = new QuizDefaults(passMark, maxAttempts);
        Map<String, List<Quiz>> quizzesByLesson = new LinkedHashMap<>();
        Map<String, Location> quizIds = new HashMap<>();
        Map<String, Location> questionIds = new HashMap<>();
        for (Path quizFile : files("quizzes", ".yaml")) {
            quiz(quizFile, defaults, true, quizIds, questionIds)
                    .ifPresent(
                            q ->
                                    quizzesByLesson
                                            .computeIfAbsent(q.lessonId(), k -> new ArrayList<>())
                                            .add(q));
        }
        Optional<Quiz> finalAssessment =
                Files.isRegularFile(dir.resolve("final.yaml"))
                        ? quiz(dir.resolve("final.yaml"), defaults, false, quizIds, questionIds)
                        : Optional.empty();
        if (!Files.isRegularFile(dir.resolve("final.yaml"))) {
            problems.report(
                    display("final.yaml"), Location.START, "the final assessment file is missing");
        }

        List<Lesson> ordered = new ArrayList<>();
        Map<String, Location> listed = new HashMap<>();
        for (Located<String> ref : lessonOrder) {
            Location earlier = listed.putIfAbsent(ref.value(), ref.location());
            if (earlier != null) {
                problems.report(
                        courseFile,
                        ref.location(),
                        "lesson \"" + ref.value() + "\" is listed twice in 'lessons'");
                continue;
            }
            LessonReader.Draft draft = lessons.get(ref.value());
            if (draft == null) {
                continue;
            }
            List<Quiz> quizzes = quizzesByLesson.getOrDefault(ref.value(), List.of());
            if (quizzes.isEmpty()) {
                problems.report(
                        places.of("lesson", ref.value(), null).file(),
                        draft.idAt(),
                        "lesson \""
                                + ref.value()
                                + "\" has no quiz: add a file under quizzes/ with 'lesson: "
                                + ref.value()
                                + "'");
                continue;
            }
            if (quizzes.size() > 1) {
                Places.Place second = places.of("quiz", quizzes.get(1).id(), null);
                problems.report(
                        second.file(),
                        second.at(),
                        "lesson \""
                                + ref.value()
                                + "\" already has quiz \""
                                + quizzes.get(0).id()
                                + "\"; a lesson has one quiz");
            }
            ordered.add(
                    new Lesson(
                            draft.id(),
                            draft.title(),
                            draft.objectives(),
                            draft.concepts().stream().map(Located::value).toList(),
                            draft.introHtml(),
                            draft.passages(),
                            draft.keyPoints(),
                            draft.glossaryTerms(),
                            quizzes.get(0)));
        }
        lessonOrder.forEach(
                ref -> references.add("lesson", ref.value(), courseFile, ref.location()));
        lessons.values()
                .forEach(
                        draft -> {
                            if (!listed.containsKey(draft.id())) {
                                Places.Place place = places.of("lesson", draft.id(), null);
                                problems.report(
                                        place.file(),
                                        draft.idAt(),
                                        "lesson \""
                                                + draft.id()
                                                + "\" is not listed in 'lessons' of course.yaml");
                            }
                        });
        references.check("lesson", lessons.keySet(), problems);
        references.check("passage", passageIds(lessons.values()), problems);
        references.check("concept", concepts.stream().map(Concept::id).toList(), problems);

        if (finalAssessment.isEmpty() || problems.count() > 0) {
            return Optional.empty();
        }
        return Optional.of(
                new Edition(
                        new Course(
                                courseId,
                                expectedLanguage,
                                title,
                                description,
                                source,
                                disclaimer,
                                completion,
                                unlock,
                                concepts,
                                List.copyOf(glossary.values()),
                                ordered,
                                finalAssessment.get()),
                        places));
    }

    private Source source(Fields course) {
        if (!course.has("source")) {
            course.report(
                    "source",
                    "the course file has no 'source': learners must see where the content comes from");
            return new Source("", "", "", "");
        }
        return course.nested(
                        "source", Set.of("title", "author", "url", "note"), "the course's source")
                .map(
                        s ->
                                new Source(
                                        s.text("title"),
                                        s.optionalText("author"),
                                        s.has("url") ? s.reference("url") : "",
                                        s.optionalText("note")))
                .orElse(new Source("", "", "", ""));
    }

    private List<Concept> concepts(Fields course) {
        List<Concept> concepts = new ArrayList<>();
        Map<String, Location> seen = new HashMap<>();
        for (YamlNode node : course.list("concepts", true)) {
            Fields.of(node, Set.of("id", "label"), "a concept", course.file(), problems, typography)
                    .ifPresent(
                            c -> {
                                String id = c.id("id");
                                Concept concept =
                                        new Concept(
                                                id,
                                                c.describing("concept \"" + id + "\"")
                                                        .text("label"));
                                if (unique(seen, id, c.at("id"), course.file(), "concept")) {
                                    concepts.add(concept);
                                }
                            });
        }
        return concepts;
    }

    private Map<String, GlossaryEntry> glossary() {
        String file = display("glossary.yaml");
        Map<String, GlossaryEntry> entries = new LinkedHashMap<>();
        Map<String, Location> seen = new HashMap<>();
        yaml("glossary.yaml")
                .flatMap(
                        node ->
                                Fields.of(
                                        node,
                                        Set.of("terms"),
                                        "the glossary",
                                        file,
                                        problems,
                                        typography))
                .ifPresent(
                        glossary -> {
                            for (YamlNode node : glossary.list("terms", true)) {
                                Fields.of(
                                                node,
                                                Set.of("id", "term", "definition"),
                                                "a glossary entry",
                                                file,
                                                problems,
                                                typography)
                                        .ifPresent(
                                                e -> {
                                                    String id = e.id("id");
                                                    Fields entry =
                                                            e.describing(
                                                                    "glossary entry \""
                                                                            + id
                                                                            + "\"");
                                                    GlossaryEntry read =
                                                            new GlossaryEntry(
                                                                    id,
                                                                    entry.text("term"),
                                                                    entry.text("definition"));
                                                    if (unique(
                                                            seen,
                                                            id,
                                                            e.at("id"),
                                                            file,
                                                            "glossary entry")) {
                                                        entries.put(id, read);
                                                        places.put(
                                                                "glossary", id, file, e.at("id"));
                                                    }
                                                });
                            }
                        });
        return entries;
    }

    private Map<String, LessonReader.Draft> lessons(Map<String, GlossaryEntry> glossary) {
        Map<String, LessonReader.Draft> lessons = new LinkedHashMap<>();
        Map<String, Location> seenLessons = new HashMap<>();
        Map<String, Places.Place> seenPassages = new HashMap<>();
        Map<String, Places.Place> seenBlocks = new HashMap<>();
        Figures figures = new Figures(dir, displayDir, problems);
        for (Path path : files("lessons", ".md")) {
            String file = display(dir.relativize(path).toString());
            Optional<String> text = text(path, file);
            if (text.isEmpty()) {
                continue;
            }
            new LessonReader(file, problems, typography, glossary, figures)
                    .read(text.get())
                    .ifPresent(
                            draft -> {
                                draft.concepts()
                                        .forEach(
                                                c ->
                                                        references.add(
                                                                "concept",
                                                                c.value(),
                                                                file,
                                                                c.location()));
                                draft.passageConcepts()
                                        .forEach(
                                                c ->
                                                        references.add(
                                                                "concept",
                                                                c.value(),
                                                                file,
                                                                c.location()));
                                for (Map.Entry<String, Location> passage :
                                        draft.passagePlaces().entrySet()) {
                                    Places.Place earlier =
                                            seenPassages.putIfAbsent(
                                                    passage.getKey(),
                                                    new Places.Place(file, passage.getValue()));
                                    if (earlier != null && !earlier.file().equals(file)) {
                                        problems.report(
                                                file,
                                                passage.getValue(),
                                                "duplicate passage id \""
                                                        + passage.getKey()
                                                        + "\" (also in "
                                                        + earlier.file()
                                                        + ":"
                                                        + earlier.at().line()
                                                        + ")");
                                    }
                                }
                                for (Map.Entry<String, Location> block :
                                        draft.blockIds().entrySet()) {
                                    Places.Place earlier =
                                            seenBlocks.putIfAbsent(
                                                    block.getKey(),
                                                    new Places.Place(file, block.getValue()));
                                    if (earlier != null) {
                                        problems.report(
                                                file,
                                                block.getValue(),
                                                "duplicate block id \""
                                                        + block.getKey()
                                                        + "\" (also in "
                                                        + earlier.file()
                                                        + ":"
                                                        + earlier.at().line()
                                                        + ")");
                                    }
                                    places.put("block", block.getKey(), file, block.getValue());
                                }
                                draft.blockPlaces()
                                        .forEach(
                                                (key, at) -> places.put("block-at", key, file, at));
                                draft.passagePlaces()
                                        .forEach((id, at) -> places.put("passage", id, file, at));
                                if (unique(seenLessons, draft.id(), draft.idAt(), file, "lesson")) {
                                    lessons.put(draft.id(), draft);
                                    places.put("lesson", draft.id(), file, draft.idAt());
                                }
                            });
        }
        return lessons;
    }

    private record QuizDefaults(int passMark, int maxAttempts) {}

    private Optional<Quiz> quiz(
            Path path,
            QuizDefaults defaults,
            boolean lessonQuiz,
            Map<String, Location> quizIds,
            Map<String, Location> questionIds) {
        String file = display(dir.relativize(path).toString());
        Optional<Fields> read =
                text(path, file)
                        .flatMap(t -> new YamlReader(file, problems).read(t, 1))
                        .flatMap(
                                node ->
                                        Fields.of(
                                                node,
                                                QUIZ_KEYS,
                                                lessonQuiz
                                                        ? "a lesson quiz"
                                                        : "the final assessment",
                                                file,
                                                problems,
                                                typography));
        if (read.isEmpty()) {
            return Optional.empty();
        }
        Fields fields = read.get();
        String id = fields.id("id");
        Fields quiz = fields.describing("quiz \"" + id + "\"");
        String lessonId = null;
        if (lessonQuiz) {
            lessonId = quiz.reference("lesson");
            references.add("lesson", lessonId, file, quiz.at("lesson"));
        } else if (quiz.has("lesson")) {
            quiz.report("lesson", "the final assessment covers the whole course: remove 'lesson'");
        }
        String title = quiz.text("title");
        int passMark = quiz.integer("passMark", defaults.passMark(), 0, 100);
        int maxAttempts = quiz.integer("maxAttempts", defaults.maxAttempts(), 0, 100);
        boolean shuffleQuestions = quiz.bool("shuffleQuestions", true, false);
        boolean shuffleChoices = quiz.bool("shuffleChoices", true, false);
        QuestionReader reader = new QuestionReader(file, problems, typography, references);
        List<Question> questions = new ArrayList<>();
        for (YamlNode node : quiz.list("questions", true)) {
            reader.read(node)
                    .ifPresent(
                            question -> {
                                Location at =
                                        node instanceof YamlNode.Mapping m
                                                        && m.entries().containsKey("id")
                                                ? m.entries().get("id").value().location()
                                                : node.location();
                                if (unique(questionIds, question.id(), at, file, "question")) {
                                    questions.add(question);
                                    places.put("question", question.id(), file, at);
                                }
                            });
        }
        int draw = quiz.integer("draw", questions.size(), 1, 1000);
        if (quiz.has("draw") && draw > questions.size() && !questions.isEmpty()) {
            quiz.report(
                    "draw",
                    "quiz \""
                            + id
                            + "\" draws "
                            + draw
                            + " questions from a pool of "
                            + questions.size());
        }
        if (!unique(quizIds, id, fields.at("id"), file, "quiz")) {
            return Optional.empty();
        }
        places.put("quiz", id, file, fields.at("id"));
        return Optional.of(
                new Quiz(
                        id,
                        lessonId,
                        title,
                        passMark,
                        maxAttempts,
                        Math.min(draw, questions.size()),
                        shuffleQuestions,
                        shuffleChoices,
                        questions));
    }

    private boolean unique(
            Map<String, Location> seen, String id, Location at, String file, String what) {
        if (id.isEmpty()) {
            return false;
        }
        Location earlier = seen.putIfAbsent(id, at);
        if (earlier != null) {
            problems.report(
                    file,
                    at,
                    "duplicate "
                            + what
                            + " id \""
                            + id
                            + "\" (already used at line "
                            + earlier.line()
                            + ")");
            return false;
        }
        return true;
    }

    private static Set<String> passageIds(java.util.Collection<LessonReader.Draft> lessons) {
        return lessons.stream()
                .flatMap(l -> l.passages().stream())
                .map(Passage::id)
                .collect(Collectors.toCollection(java.util.LinkedHashSet::new));
    }

    private Optional<YamlNode> yaml(String name) {
        Path path = dir.resolve(name);
        String file = display(name);
        if (!Files.isRegularFile(path)) {
            problems.report(file, Location.START, "file is missing");
            return Optional.empty();
        }
        return text(path, file).flatMap(text -> new YamlReader(file, problems).read(text, 1));
    }

    private Optional<String> text(Path path, String file) {
        return ContentText.read(path, file, problems);
    }

    private List<Path> files(String folder, String extension) {
        Path sub = dir.resolve(folder);
        if (!Files.isDirectory(sub)) {
            problems.report(display(folder), Location.START, "folder is missing");
            return List.of();
        }
        try (Stream<Path> entries = Files.list(sub)) {
            List<Path> all = entries.sorted().toList();
            for (Path path : all) {
                if (!path.getFileName().toString().endsWith(extension)
                        || !Files.isRegularFile(path)) {
                    problems.report(
                            display(dir.relativize(path).toString()),
                            Location.START,
                            "unexpected file: " + folder + "/ holds only *" + extension + " files");
                }
            }
            return all.stream()
                    .filter(
                            p ->
                                    p.getFileName().toString().endsWith(extension)
                                            && Files.isRegularFile(p))
                    .toList();
        } catch (IOException e) {
            problems.report(
                    display(folder), Location.START, "cannot list the folder: " + e.getMessage());
            return List.of();
        }
    }

    private void reportStrayFiles() {
        try (Stream<Path> entries = Files.list(dir)) {
            entries.map(p -> p.getFileName().toString())
                    .filter(name -> !KNOWN_ENTRIES.contains(name))
                    .sorted()
                    .forEach(
                            name ->
                                    problems.report(
                                            display(name),
                                            Location.START,
                                            "unexpected file in an edition"
                                                    + " (expected: "
                                                    + String.join(
                                                            ", ",
                                                            new java.util.TreeSet<>(KNOWN_ENTRIES))
                                                    + ")"));
        } catch (IOException e) {
            problems.report(
                    displayDir, Location.START, "cannot list the folder: " + e.getMessage());
        }
    }

    private String display(String relative) {
        return displayDir + "/" + relative.replace('\\', '/');
    }
}
