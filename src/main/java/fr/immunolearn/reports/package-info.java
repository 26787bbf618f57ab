/**
 * What trainers read about their learners: a row per learner (progress, scores, attempts, time,
 * last activity), every attempt and answer of one learner, per-question statistics with the wrong
 * answer chosen most, score distributions, and the same figures as CSV files.
 */
package fr.immunolearn.reports;
