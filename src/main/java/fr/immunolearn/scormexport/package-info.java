/**
 * The SCORM export: turns one language edition of the course model into a small, static SCORM 1.2
 * or SCORM 2004 (4th edition) package that runs alone inside any LMS frame. It owns the export
 * options, the baking of the course and the player's strings into {@code course.js}, the {@code
 * imsmanifest.xml} of each edition, the deterministic zip, and the checks run on every package it
 * makes. The player itself (HTML, CSS, JavaScript) lives in {@code scorm/} at the project root and
 * travels in the jar as resources.
 *
 * <p>Plain Java, Jackson and the JDK's XML and zip APIs: no Spring, no Vaadin, so the command line,
 * the build and the trainer UI all call the very same {@link
 * fr.immunolearn.scormexport.ScormExporter}.
 */
package fr.immunolearn.scormexport;
