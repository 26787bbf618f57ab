package fr.immunolearn.security;

import fr.immunolearn.progress.LearnerSeeds;
import java.util.Optional;
import org.springframework.stereotype.Component;

/** Progress's view of the seed each account keeps for its question orders. */
@Component
class AccountSeeds implements LearnerSeeds {

    private final AccountRepository accounts;

    AccountSeeds(AccountRepository accounts) {
        this.accounts = accounts;
    }

    @Override
    public Optional<String> seedOf(long accountId) {
        return accounts.findById(accountId).map(Account::seed);
    }
}
