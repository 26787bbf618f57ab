/**
 * The course as one immutable model: editions, lessons, passages, glossary, quizzes and questions,
 * and the one loader that reads them from {@code content/} and reports every problem with its
 * {@code file:line:column}. Plain Java: no Spring, no Vaadin, so the app, the exporter and the
 * command line all read the very same model.
 */
package fr.immunolearn.course;
