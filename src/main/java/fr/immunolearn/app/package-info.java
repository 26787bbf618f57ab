/**
 * Wires the plain-Java features into Spring: where the content comes from, the one loaded course
 * shared read-only by every session, and a readable refusal to start when the content is invalid.
 */
package fr.immunolearn.app;
