package fr.immunolearn.trainerui;

import java.time.Duration;

/** Time spent, as trainers read it: "1 h 05 min", "12 min", "45 s". */
final class Durations {

    private Durations() {}

    static String of(long ms) {
        Duration duration = Duration.ofMillis(ms);
        if (duration.toHours() > 0) {
            return duration.toHours()
                    + " h "
                    + String.format("%02d", duration.toMinutesPart())
                    + " min";
        }
        if (duration.toMinutes() > 0) {
            return duration.toMinutes() + " min";
        }
        return duration.toSecondsPart() + " s";
    }
}
