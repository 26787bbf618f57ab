package fr.immunolearn.progress;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.springframework.data.jdbc.repository.query.Modifying;
import org.springframework.data.jdbc.repository.query.Query;
import org.springframework.data.repository.ListCrudRepository;

interface AttemptRepository extends ListCrudRepository<Attempt, Long> {

    List<Attempt> findByAccountIdOrderByQuizIdAscNumberAsc(long accountId);

    List<Attempt> findByAccountIdAndQuizIdOrderByNumber(long accountId, String quizId);

    Optional<Attempt> findByIdAndAccountId(long id, long accountId);

    @Modifying
    @Query(
            "update attempt set finished_at = :at, earned = :earned, possible = :possible, percent = :percent,"
                    + " passed = :passed where id = :id and finished_at is null")
    int finish(long id, Instant at, double earned, double possible, double percent, boolean passed);
}
