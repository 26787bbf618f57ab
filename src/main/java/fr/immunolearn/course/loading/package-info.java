/**
 * Reads {@code content/} into the course model. It never stops at the first problem: it collects
 * every one, each with the file, line and column it comes from, so an author fixes them all in one
 * pass. Plain Java.
 */
package fr.immunolearn.course.loading;
