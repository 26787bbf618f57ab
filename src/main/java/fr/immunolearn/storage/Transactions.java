package fr.immunolearn.storage;

import java.util.function.Supplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionSynchronizationManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Writes that two sessions of one learner may make at the same instant: both check that the row is
 * not there yet (no answer to this question, no open attempt, no account with this e-mail), both
 * insert, and the database's unique key lets one through. The other's insert fails, and with it its
 * transaction: PostgreSQL refuses every further statement in it, so the loser cannot even read the
 * winner's row there. Such a write is run here, in a transaction of its own; when a unique key was
 * taken meanwhile, it is run once more in a new transaction, where its own checks now see the
 * winner's row and return what the loser should get (the stored answer, the open attempt, "e-mail
 * taken"). Nothing is retried when no key was taken, so the usual path costs nothing more.
 *
 * <p>Hand-written rather than Spring Retry's {@code @Retryable}: that would need AOP ordered
 * outside the transaction advice to get a new transaction per try; here it is one template and one
 * catch.
 */
@Component
public class Transactions {

    /** Three sessions of one learner racing are already rare; a fourth try would mean a bug. */
    static final int TRIES = 3;

    private static final Logger LOG = LoggerFactory.getLogger(Transactions.class);

    private final TransactionTemplate template;

    Transactions(PlatformTransactionManager transactions) {
        this.template = new TransactionTemplate(transactions);
    }

    /**
     * Runs {@code work} in a new transaction, and again in another one if it lost a race for a
     * unique key; the last try's failure propagates. Called inside a transaction already, it joins
     * it and is not retried: only the outer transaction's owner can start it again.
     */
    public <T> T run(Supplier<T> work) {
        if (TransactionSynchronizationManager.isActualTransactionActive()) {
            return work.get();
        }
        for (int tried = 1; ; tried++) {
            try {
                return template.execute(status -> work.get());
            } catch (DuplicateKeyException takenMeanwhile) {
                if (tried == TRIES) {
                    throw takenMeanwhile;
                }
                LOG.debug(
                        "A unique key was taken by another transaction meanwhile; running again",
                        takenMeanwhile);
            }
        }
    }

    public void run(Runnable work) {
        run(
                () -> {
                    work.run();
                    return null;
                });
    }
}
