package fr.immunolearn.security;

import java.time.Instant;
import java.util.Locale;
import java.util.Optional;
import org.springframework.data.jdbc.repository.query.Modifying;
import org.springframework.data.jdbc.repository.query.Query;
import org.springframework.data.repository.ListCrudRepository;

public interface AccountRepository extends ListCrudRepository<Account, Long> {

    Optional<Account> findByEmail(String email);

    /**
     * The account an address typed at sign-in names, normalised as at registration. An account
     * stored before addresses were folded (NFKC, invisible characters trimmed) is still found under
     * the address as it was then stored: trimmed and lower-cased only.
     */
    default Optional<Account> findBySignInAddress(String typed) {
        String address = RegistrationRules.normaliseEmail(typed);
        String asStoredBefore = typed == null ? "" : typed.strip().toLowerCase(Locale.ROOT);
        Optional<Account> account = findByEmail(address);
        return account.isPresent() || asStoredBefore.equals(address)
                ? account
                : findByEmail(asStoredBefore);
    }

    boolean existsByEmail(String email);

    long countByRole(Role role);

    @Modifying
    @Query("update account set last_active_at = :at where id = :id")
    void recordLoginSuccess(long id, Instant at);

    @Modifying
    @Query("update account set role = :role where id = :id")
    void updateRole(long id, String role);

    @Modifying
    @Query("update account set language = :language where id = :id")
    void updateLanguage(long id, String language);
}
