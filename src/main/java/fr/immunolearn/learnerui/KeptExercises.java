package fr.immunolearn.learnerui;

import com.vaadin.flow.component.Component;
import fr.immunolearn.course.LessonBlock;
import fr.immunolearn.progress.LessonChecks;
import java.util.Map;
import java.util.Optional;

/**
 * A lesson's checks and scenarios for one learner: each check shows the learner's kept answer and
 * keeps the next one through {@link LessonChecks} before its verdict is shown. Scenarios keep
 * nothing (see {@link ScenarioBlock}).
 */
final class KeptExercises implements LessonBlocks.LessonExercises {

    private final LessonChecks checks;
    private final long accountId;
    private final String lessonId;
    private final LessonBlocks.Words words;
    private final Map<String, fr.immunolearn.progress.CheckAnswer> kept;

    KeptExercises(LessonChecks checks, long accountId, String lessonId, LessonBlocks.Words words) {
        this.checks = checks;
        this.accountId = accountId;
        this.lessonId = lessonId;
        this.words = words;
        this.kept = checks.answers(accountId, lessonId);
    }

    @Override
    public Component check(LessonBlock.Check check) {
        return new CheckBlock(
                check,
                Optional.ofNullable(kept.get(check.id())),
                words,
                chosen -> checks.answer(accountId, lessonId, check.id(), chosen).verdict());
    }

    @Override
    public Component scenario(LessonBlock.Scenario scenario) {
        return new ScenarioBlock(scenario, words);
    }
}
