/**
 * The rules of a quiz, as plain Java: how an answer is marked for each question type, how marks
 * make a weighted score and a pass or a fail, how many attempts a learner has, and the seeded order
 * of questions and choices for each attempt. The SCORM player implements the same rules in
 * JavaScript; the shared scoring vectors keep the two identical.
 */
package fr.immunolearn.quiz;
