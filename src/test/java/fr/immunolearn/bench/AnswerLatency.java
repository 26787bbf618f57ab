package fr.immunolearn.bench;

import fr.immunolearn.course.Course;
import fr.immunolearn.course.CourseEditions;
import fr.immunolearn.course.Lesson;
import fr.immunolearn.course.Question;
import fr.immunolearn.progress.AttemptState;
import fr.immunolearn.progress.Attempts;
import fr.immunolearn.security.Account;
import fr.immunolearn.testing.CourseJourneys;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

/**
 * N virtual learners answering at once through the service layer and the database: each answer
 * timed from submit until the call returns, that is until it is committed (durable).
 */
final class AnswerLatency {

    record Result(List<Double> millis, double answersPerSecond) {}

    private AnswerLatency() {}

    /**
     * @param thinking the time a learner reads and thinks before each answer, on average (each
     *     pause drawn between half and one and a half of it); zero for a stress test in which every
     *     learner answers again the moment an answer is stored
     */
    static Result measure(AppInProcess app, int learners, String tag, Duration thinking)
            throws Exception {
        Course course = app.bean(CourseEditions.class).defaultEdition();
        Attempts attempts = app.bean(Attempts.class);
        List<Account> accounts = Accounts.learners(app, learners, tag);
        List<Double> millis = Collections.synchronizedList(new ArrayList<>());
        ExecutorService pool = Executors.newFixedThreadPool(learners);
        CountDownLatch start = new CountDownLatch(1);
        List<Future<?>> runs = new ArrayList<>();
        for (Account account : accounts) {
            runs.add(
                    pool.submit(
                            () -> {
                                start.await();
                                for (Lesson lesson : course.lessons()) {
                                    AttemptState state =
                                            attempts.open(account.id(), lesson.quiz().id());
                                    for (String id : state.attempt().questionOrder()) {
                                        Question question =
                                                lesson.quiz().question(id).orElseThrow();
                                        if (!thinking.isZero()) {
                                            Thread.sleep(
                                                    (long)
                                                            (thinking.toMillis()
                                                                    * (0.5
                                                                            + java.util.concurrent
                                                                                    .ThreadLocalRandom
                                                                                    .current()
                                                                                    .nextDouble())));
                                        }
                                        long begin = System.nanoTime();
                                        attempts.answer(
                                                account.id(),
                                                state.attempt().id(),
                                                id,
                                                CourseJourneys.right(question),
                                                "fr",
                                                Duration.ofSeconds(5));
                                        millis.add((System.nanoTime() - begin) / 1e6);
                                    }
                                    attempts.finish(account.id(), state.attempt().id());
                                }
                                return null;
                            }));
        }
        long begin = System.nanoTime();
        start.countDown();
        for (Future<?> run : runs) {
            run.get();
        }
        double seconds = (System.nanoTime() - begin) / 1e9;
        pool.shutdown();
        return new Result(List.copyOf(millis), millis.size() / seconds);
    }
}
