/**
 * The trainer space: who learned what, which questions fail (with charts drawn as SVG on the
 * server), CSV downloads, the SCORM export with its checks and a preview, the question bank in
 * Moodle XML and GIFT, and the content check. Thin Vaadin views over {@link fr.immunolearn.reports}
 * and the exporter; trainers only.
 */
package fr.immunolearn.trainerui;
