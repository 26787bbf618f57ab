package fr.immunolearn.course.loading;

import fr.immunolearn.course.Choice;
import fr.immunolearn.course.Concept;
import fr.immunolearn.course.Course;
import fr.immunolearn.course.GlossaryEntry;
import fr.immunolearn.course.Lesson;
import fr.immunolearn.course.LessonBlock;
import fr.immunolearn.course.Passage;
import fr.immunolearn.course.Question;
import fr.immunolearn.course.QuestionKind;
import fr.immunolearn.course.Quiz;
import java.util.List;
import java.util.Objects;
import java.util.function.Function;

/**
 * Checks that a translated edition is the same course as the default one: same ids in the same
 * order, same settings, same correct answers. Only the words may differ, so a learner's progress
 * means the same in every language.
 */
final class EditionSync {

    private final Course reference;
    private final Course translation;
    private final Places places;
    private final Problems problems;
    private final Places.Place coursePlace;

    EditionSync(Course reference, EditionReader.Edition translation, Problems problems) {
        this.reference = reference;
        this.translation = translation.course();
        this.places = translation.places();
        this.problems = problems;
        this.coursePlace =
                places.of(
                        "course",
                        this.translation.id(),
                        new Places.Place(this.translation.language(), Location.START));
    }

    void check() {
        Places.Place course = coursePlace;
        same(course, "course id", reference.id(), translation.id());
        same(course, "completion rule", reference.completion(), translation.completion());
        same(
                course,
                "final assessment unlock rule",
                reference.finalUnlock(),
                translation.finalUnlock());
        same(
                course,
                "lesson order",
                ids(reference.lessons(), Lesson::id),
                ids(translation.lessons(), Lesson::id));
        same(
                course,
                "concepts",
                ids(reference.concepts(), Concept::id),
                ids(translation.concepts(), Concept::id));
        same(
                course,
                "glossary terms",
                ids(reference.glossary(), GlossaryEntry::id),
                ids(translation.glossary(), GlossaryEntry::id));
        for (Lesson lesson : translation.lessons()) {
            reference.lesson(lesson.id()).ifPresent(original -> lesson(original, lesson));
        }
        quiz(reference.finalAssessment(), translation.finalAssessment());
    }

    private void lesson(Lesson original, Lesson lesson) {
        Places.Place at = places.of("lesson", lesson.id(), coursePlace);
        String what = "lesson \"" + lesson.id() + "\": ";
        same(
                at,
                what + "passages",
                ids(original.passages(), Passage::id),
                ids(lesson.passages(), Passage::id));
        same(at, what + "concepts", original.concepts(), lesson.concepts());
        same(
                at,
                what + "passage concepts",
                ids(original.passages(), Passage::concepts),
                ids(lesson.passages(), Passage::concepts));
        same(
                at,
                what + "number of objectives",
                original.objectives().size(),
                lesson.objectives().size());
        same(
                at,
                what + "number of summary points",
                original.keyPoints().size(),
                lesson.keyPoints().size());
        same(at, what + "glossary terms used", original.glossaryTerms(), lesson.glossaryTerms());
        for (Passage passage : lesson.passages()) {
            original.passages().stream()
                    .filter(p -> p.id().equals(passage.id()))
                    .findFirst()
                    .ifPresent(o -> blocks(o, passage, at));
        }
        quiz(original.quiz(), lesson.quiz());
    }

    /**
     * The same blocks in the same order, with the same parts and the same answers; prose may differ
     * freely.
     */
    private void blocks(Passage original, Passage passage, Places.Place lessonPlace) {
        List<LessonBlock> before = interactive(original);
        List<LessonBlock> after = interactive(passage);
        String what = "passage \"" + passage.id() + "\": ";
        Places.Place at = places.of("passage", passage.id(), lessonPlace);
        if (!same(
                at,
                what + "blocks",
                ids(before, LessonBlock::type),
                ids(after, LessonBlock::type))) {
            return;
        }
        for (int rank = 0; rank < after.size(); rank++) {
            Places.Place blockAt =
                    places.of("block-at", LessonReader.blockKey(passage.id(), rank), at);
            same(
                    blockAt,
                    what + "block " + (rank + 1) + " (" + after.get(rank).type() + ")",
                    structure(before.get(rank)),
                    structure(after.get(rank)));
        }
    }

    private static List<LessonBlock> interactive(Passage passage) {
        return passage.body().stream()
                .filter(block -> !(block instanceof LessonBlock.Prose))
                .toList();
    }

    /**
     * What must not change in translation: kind, ids, number of parts, which answers are correct.
     */
    private static String structure(LessonBlock block) {
        if (block instanceof LessonBlock.Callout callout) {
            return "kind " + callout.kind().name().toLowerCase(java.util.Locale.ROOT);
        }
        if (block instanceof LessonBlock.Accordion accordion) {
            return accordion.panels().size() + " panels";
        }
        if (block instanceof LessonBlock.Tabs tabs) {
            return tabs.panels().size() + " tabs";
        }
        if (block instanceof LessonBlock.Steps steps) {
            return steps.steps().size() + " steps";
        }
        if (block instanceof LessonBlock.FlipCards cards) {
            return cards.cards().size() + " cards";
        }
        if (block instanceof LessonBlock.Check check) {
            return "\""
                    + check.id()
                    + "\" "
                    + (check.multiple() ? "multiple" : "single")
                    + " choices "
                    + check.choices().stream().map(c -> c.id() + (c.correct() ? "*" : "")).toList();
        }
        if (block instanceof LessonBlock.Scenario scenario) {
            return "\""
                    + scenario.id()
                    + "\" choices "
                    + scenario.choices().stream().map(LessonBlock.ScenarioChoice::id).toList();
        }
        return block.type();
    }

    private void quiz(Quiz original, Quiz quiz) {
        Places.Place at = places.of("quiz", quiz.id(), coursePlace);
        String what = "quiz \"" + quiz.id() + "\": ";
        same(at, what + "id", original.id(), quiz.id());
        same(at, what + "pass mark", original.passMark(), quiz.passMark());
        same(at, what + "attempts", original.maxAttempts(), quiz.maxAttempts());
        same(at, what + "questions drawn", original.drawCount(), quiz.drawCount());
        same(at, what + "question shuffling", original.shuffleQuestions(), quiz.shuffleQuestions());
        same(at, what + "choice shuffling", original.shuffleChoices(), quiz.shuffleChoices());
        same(
                at,
                what + "questions",
                ids(original.questions(), Question::id),
                ids(quiz.questions(), Question::id));
        for (Question question : quiz.questions()) {
            original.question(question.id()).ifPresent(o -> question(o, question));
        }
    }

    private void question(Question original, Question question) {
        Places.Place at = places.of("question", question.id(), coursePlace);
        String what = "question \"" + question.id() + "\": ";
        same(at, what + "type", original.type(), question.type());
        same(at, what + "weight", original.weight(), question.weight());
        same(at, what + "concepts", original.concepts(), question.concepts());
        same(at, what + "passage", original.passageId(), question.passageId());
        same(at, what + "answer key", answerKey(original.kind()), answerKey(question.kind()));
    }

    /** What must not change in translation: ids, which are correct, order, credit mode. */
    private static String answerKey(QuestionKind kind) {
        if (kind instanceof QuestionKind.SingleChoice single) {
            return choices(single.choices());
        }
        if (kind instanceof QuestionKind.MultipleResponse multiple) {
            return choices(multiple.choices()) + " " + multiple.credit().key();
        }
        if (kind instanceof QuestionKind.TrueFalse trueFalse) {
            return Boolean.toString(trueFalse.answer());
        }
        if (kind instanceof QuestionKind.FillIn) {
            return "fill-in";
        }
        if (kind instanceof QuestionKind.Matching matching) {
            return ids(matching.pairs(), fr.immunolearn.course.MatchPair::id)
                    + " "
                    + matching.credit().key();
        }
        QuestionKind.Ordering ordering = (QuestionKind.Ordering) kind;
        return ids(ordering.items(), fr.immunolearn.course.OrderItem::id)
                + " "
                + ordering.credit().key();
    }

    private static String choices(List<Choice> choices) {
        return choices.stream().map(c -> c.id() + (c.correct() ? "*" : "")).toList().toString();
    }

    private static <T> List<Object> ids(List<T> items, Function<T, ?> id) {
        return items.stream().<Object>map(id).toList();
    }

    private boolean same(Places.Place at, String what, Object expected, Object actual) {
        if (!Objects.equals(expected, actual)) {
            problems.report(
                    at.file(),
                    at.at(),
                    "the "
                            + translation.language()
                            + " edition differs from the "
                            + reference.language()
                            + " edition in "
                            + what
                            + ": "
                            + actual
                            + " here, "
                            + expected
                            + " in "
                            + reference.language());
            return false;
        }
        return true;
    }
}
