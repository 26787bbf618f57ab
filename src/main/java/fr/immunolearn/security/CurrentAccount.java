package fr.immunolearn.security;

import com.vaadin.flow.spring.security.AuthenticationContext;
import java.util.Optional;
import org.springframework.stereotype.Component;

/** Who is signed in, from the security context only: never from a URL or a form field. */
@Component
public class CurrentAccount {

    private final transient AuthenticationContext authentication;

    CurrentAccount(AuthenticationContext authentication) {
        this.authentication = authentication;
    }

    public Optional<AccountPrincipal> principal() {
        return authentication.getAuthenticatedUser(AccountPrincipal.class);
    }

    /** The signed-in account's id; views behind the sign-in page always have one. */
    public long id() {
        return principal()
                .map(AccountPrincipal::accountId)
                .orElseThrow(() -> new IllegalStateException("no signed-in account"));
    }

    public boolean isSignedIn() {
        return principal().isPresent();
    }

    public void signOut() {
        authentication.logout();
    }
}
