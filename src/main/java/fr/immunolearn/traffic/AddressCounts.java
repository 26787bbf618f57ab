package fr.immunolearn.traffic;

import java.util.concurrent.ConcurrentHashMap;

/**
 * How many of something each client address holds. An address is forgotten when its count falls to
 * zero, so the map is as large as the addresses holding something right now.
 */
final class AddressCounts {

    private final ConcurrentHashMap<String, Integer> counts = new ConcurrentHashMap<>();

    /**
     * Counts one more for {@code address} unless it already holds {@code limit}; whether it did.
     */
    boolean tryAdd(String address, int limit) {
        boolean[] added = {false};
        counts.compute(
                address,
                (key, held) -> {
                    int count = held == null ? 0 : held;
                    if (count >= limit) {
                        return held;
                    }
                    added[0] = true;
                    return count + 1;
                });
        return added[0];
    }

    void add(String address) {
        counts.merge(address, 1, Integer::sum);
    }

    void remove(String address) {
        counts.computeIfPresent(address, (key, held) -> held <= 1 ? null : held - 1);
    }

    int of(String address) {
        return counts.getOrDefault(address, 0);
    }
}
