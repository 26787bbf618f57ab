package fr.immunolearn.security;

import java.time.Instant;
import java.util.Optional;
import org.springframework.data.jdbc.repository.query.Modifying;
import org.springframework.data.jdbc.repository.query.Query;
import org.springframework.data.repository.ListCrudRepository;

public interface AccountRepository extends ListCrudRepository<Account, Long> {

    Optional<Account> findByEmail(String email);

    boolean existsByEmail(String email);

    long countByRole(Role role);

    @Modifying
    @Query("update account set last_active_at = :at where id = :id")
    void recordLoginSuccess(long id, Instant at);

    @Modifying
    @Query("update account set language = :language where id = :id")
    void updateLanguage(long id, String language);

    @Modifying
    @Query("update account set resume_location = :location, last_active_at = :at where id = :id")
    void updateResumeLocation(long id, String location, Instant at);
}
