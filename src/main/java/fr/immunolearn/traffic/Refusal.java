package fr.immunolearn.traffic;

/** Why a request was turned away, with its HTTP status and the key of the sentence shown. */
enum Refusal {
    /** The address holds as many anonymous sessions as it may. */
    SESSIONS(429, "traffic.refused.sessions"),
    /** The address is sending as many request bodies as it may at once. */
    BODIES(429, "traffic.refused.bodies"),
    /** The body did not arrive within the deadline. */
    SLOW_BODY(408, "traffic.refused.slowBody"),
    /** The body is larger than any this app takes. */
    LARGE_BODY(413, "traffic.refused.largeBody");

    final int status;
    final String key;

    Refusal(int status, String key) {
        this.status = status;
        this.key = key;
    }
}
