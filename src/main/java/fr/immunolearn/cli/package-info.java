/**
 * The commands of {@code java -jar immunolearn.jar}: {@code validate} checks the content without
 * starting the server, {@code export} writes a SCORM package through the same exporter the build
 * and the trainer UI use, or the question bank in Moodle XML or GIFT; {@link
 * fr.immunolearn.cli.Commands} lists them.
 */
package fr.immunolearn.cli;
