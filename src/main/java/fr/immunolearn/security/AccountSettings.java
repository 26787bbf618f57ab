package fr.immunolearn.security;

import fr.immunolearn.shell.LanguageChoice;
import org.springframework.context.event.EventListener;
import org.springframework.security.authentication.event.AuthenticationSuccessEvent;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;

/** A learner's settings that follow them from browser to browser: for now, the language. */
@Service
public class AccountSettings {

    private final AccountRepository accounts;

    AccountSettings(AccountRepository accounts) {
        this.accounts = accounts;
    }

    @Transactional
    public void language(long accountId, String language) {
        accounts.updateLanguage(accountId, language);
    }

    /** On sign-in, the session takes the language the learner chose last time. */
    @EventListener
    public void onSignIn(AuthenticationSuccessEvent event) {
        if (event.getAuthentication().getPrincipal() instanceof AccountPrincipal principal
                && RequestContextHolder.getRequestAttributes()
                        instanceof ServletRequestAttributes request) {
            accounts.findById(principal.accountId())
                    .ifPresent(
                            account ->
                                    request.getRequest()
                                            .getSession()
                                            .setAttribute(
                                                    LanguageChoice.SESSION_KEY,
                                                    account.language()));
        }
    }
}
