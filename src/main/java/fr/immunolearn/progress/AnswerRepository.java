package fr.immunolearn.progress;

import java.util.List;
import java.util.Optional;
import org.springframework.data.repository.ListCrudRepository;

interface AnswerRepository extends ListCrudRepository<RecordedAnswer, Long> {

    List<RecordedAnswer> findByAttemptIdOrderByPosition(long attemptId);

    Optional<RecordedAnswer> findByAttemptIdAndQuestionId(long attemptId, String questionId);
}
