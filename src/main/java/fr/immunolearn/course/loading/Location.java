package fr.immunolearn.course.loading;

/** A 1-based line and column in a content file. */
record Location(int line, int column) {

    static final Location START = new Location(1, 1);
}
