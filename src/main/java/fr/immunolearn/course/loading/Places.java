package fr.immunolearn.course.loading;

import java.util.HashMap;
import java.util.Map;

/**
 * Where each element of an edition is written ("question:q1" to its file and line), for later
 * messages.
 */
final class Places {

    record Place(String file, Location at) {}

    private final Map<String, Place> places = new HashMap<>();

    void put(String kind, String id, String file, Location at) {
        places.putIfAbsent(kind + ":" + id, new Place(file, at));
    }

    Place of(String kind, String id, Place fallback) {
        return places.getOrDefault(kind + ":" + id, fallback);
    }
}
