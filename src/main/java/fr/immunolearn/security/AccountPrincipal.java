package fr.immunolearn.security;

import java.util.List;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.userdetails.User;

/**
 * The signed-in account as Spring Security holds it, with the account's id so views need no lookup.
 */
public class AccountPrincipal extends User {

    private static final long serialVersionUID = 1L;

    private final long accountId;
    private final String displayName;
    private final Role role;

    AccountPrincipal(Account account) {
        super(
                account.email(),
                account.passwordHash(),
                true,
                true,
                true,
                true,
                List.of(new SimpleGrantedAuthority(account.role().authority())));
        this.accountId = account.id();
        this.displayName = account.displayName();
        this.role = account.role();
    }

    public long accountId() {
        return accountId;
    }

    public String displayName() {
        return displayName;
    }

    public Role role() {
        return role;
    }
}
