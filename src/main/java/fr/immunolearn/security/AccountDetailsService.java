package fr.immunolearn.security;

import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;

/**
 * Finds the account behind an e-mail at sign-in. No account is ever locked: {@link LoginThrottle}
 * slows guessing down before the password is even looked at. Not a bean: only the throttled sign-in
 * of {@link SignInConfiguration} may use it, or Spring Security would build an unthrottled one from
 * it.
 */
class AccountDetailsService implements UserDetailsService {

    private final AccountRepository accounts;

    AccountDetailsService(AccountRepository accounts) {
        this.accounts = accounts;
    }

    @Override
    public UserDetails loadUserByUsername(String email) {
        return new AccountPrincipal(
                accounts.findBySignInAddress(email)
                        .orElseThrow(() -> new UsernameNotFoundException("no account")));
    }
}
