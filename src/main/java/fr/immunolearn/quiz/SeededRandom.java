package fr.immunolearn.quiz;

import java.util.List;

/**
 * A small deterministic random generator (mulberry32) seeded from text. Hand-written rather than
 * {@link java.util.Random} because the SCORM player must draw the very same sequence in plain
 * JavaScript, where 32-bit integer arithmetic is exact and Java's 48-bit generator is not.
 */
public final class SeededRandom {

    private int state;

    public SeededRandom(String seed) {
        this.state = hash(seed);
    }

    /**
     * FNV-1a over the UTF-16 code units of the text, as JavaScript's {@code charCodeAt} sees them.
     */
    static int hash(String text) {
        int h = 0x811C9DC5;
        for (int i = 0; i < text.length(); i++) {
            h ^= text.charAt(i);
            h *= 0x01000193;
        }
        return h;
    }

    /** The next number in [0, 1). */
    public double next() {
        state += 0x6D2B79F5;
        int a = state;
        int t = (a ^ (a >>> 15)) * (1 | a);
        t = (t + (t ^ (t >>> 7)) * (61 | t)) ^ t;
        return ((t ^ (t >>> 14)) & 0xFFFFFFFFL) / 4294967296.0;
    }

    /** The next whole number in [0, bound). */
    public int nextInt(int bound) {
        return (int) Math.floor(next() * bound);
    }

    /** Fisher–Yates, from the last element down, in place. */
    public <T> void shuffle(List<T> items) {
        for (int i = items.size() - 1; i > 0; i--) {
            int j = nextInt(i + 1);
            T swap = items.get(i);
            items.set(i, items.get(j));
            items.set(j, swap);
        }
    }
}
