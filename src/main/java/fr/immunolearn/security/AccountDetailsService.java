package fr.immunolearn.security;

import java.time.Clock;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.stereotype.Service;

/** Finds the account behind an e-mail at sign-in, marking it locked while the throttle holds it. */
@Service
class AccountDetailsService implements UserDetailsService {

    private final AccountRepository accounts;
    private final Clock clock;

    AccountDetailsService(AccountRepository accounts, Clock clock) {
        this.accounts = accounts;
        this.clock = clock;
    }

    @Override
    public UserDetails loadUserByUsername(String email) {
        Account account = accounts.findBySignInAddress(email)
                .orElseThrow(() -> new UsernameNotFoundException("no account"));
        boolean locked = account.lockedUntil() != null && account.lockedUntil().isAfter(clock.instant());
        return new AccountPrincipal(account, locked);
    }
}
