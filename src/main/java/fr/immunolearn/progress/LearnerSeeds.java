package fr.immunolearn.progress;

import java.util.Optional;

/**
 * The seed of a learner's question orders, kept with the account: progress asks for it here rather
 * than reading accounts, which belong to {@code security}.
 */
public interface LearnerSeeds {

    Optional<String> seedOf(long accountId);
}
