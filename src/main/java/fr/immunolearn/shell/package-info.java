/**
 * The page every view lives in: the app shell (stylesheet, viewport), the language the UI speaks
 * and the switch that changes it. Shared by the learner's, the trainer's and the sign-in views.
 */
package fr.immunolearn.shell;
