/**
 * What each learner has done, stored before anything is shown back: lessons opened and read,
 * attempts with their seeded layout, every answer with its mark and the time it took, scores. It
 * also says where a learner left off and what is done, unlocked and completed ({@link
 * fr.immunolearn.progress.ProgressRules}, plain Java).
 */
package fr.immunolearn.progress;
