package fr.immunolearn.learnerui;

/**
 * The shared words ({@code block.*}) a block component shows, given to it rather than looked up,
 * so the component's states can be tested without a running app.
 */
@FunctionalInterface
interface BlockWords {

    String get(String key, Object... args);
}
