package fr.immunolearn.testing;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.function.IntFunction;

/**
 * Two calls released at the same instant, as two tabs of one learner clicking together: each waits
 * on a barrier in its own thread, then runs. Each call's outcome is kept, value or failure, so a
 * test can say what both sessions got; a race that hangs fails after a minute.
 */
public final class Race implements AutoCloseable {

    private final ExecutorService threads = Executors.newFixedThreadPool(2);

    /** What one of the two calls ended with: a value, or the exception that escaped it. */
    public record Outcome<T>(T value, Throwable failure) {

        public boolean failed() {
            return failure != null;
        }

        @Override
        public String toString() {
            return failed() ? "failed with " + failure : "returned " + value;
        }
    }

    /** Runs {@code first} and {@code second} together; their outcomes in that order. */
    public <T> List<Outcome<T>> run(Callable<T> first, Callable<T> second) {
        CyclicBarrier start = new CyclicBarrier(2);
        List<Future<T>> running = new ArrayList<>();
        for (Callable<T> call : List.of(first, second)) {
            running.add(
                    threads.submit(
                            () -> {
                                start.await(10, TimeUnit.SECONDS);
                                return call.call();
                            }));
        }
        List<Outcome<T>> outcomes = new ArrayList<>();
        for (Future<T> call : running) {
            try {
                outcomes.add(new Outcome<>(call.get(60, TimeUnit.SECONDS), null));
            } catch (ExecutionException e) {
                outcomes.add(new Outcome<>(null, e.getCause()));
            } catch (Exception e) {
                outcomes.add(new Outcome<>(null, e));
            }
        }
        return outcomes;
    }

    /**
     * Plays {@code rounds} races, each checked by {@code round} (which returns what went wrong in
     * it, or null); returns every round that went wrong, numbered, for the assertion's message.
     */
    public static List<String> rounds(int rounds, IntFunction<String> round) {
        List<String> wrong = new ArrayList<>();
        for (int i = 1; i <= rounds; i++) {
            String problem = round.apply(i);
            if (problem != null) {
                wrong.add("round " + i + ": " + problem);
            }
        }
        return wrong;
    }

    @Override
    public void close() {
        threads.shutdownNow();
    }
}
