/**
 * The question bank export: the course's questions in the LMS's own quiz formats, Moodle XML and
 * GIFT, so trainers can put them in the LMS's quiz engine with its question bank, statistics and
 * gradebook. {@link fr.immunolearn.questionbank.QuestionMapping} decides once how each question
 * type becomes a Moodle question (fractions among Moodle's grade options, accepted variants,
 * feedback fields, categories per lesson); {@link fr.immunolearn.questionbank.MoodleXml} and {@link
 * fr.immunolearn.questionbank.Gift} only write that down, each with its format's escaping. The same
 * content and options always give the same bytes.
 *
 * <p>Plain Java and the JDK's XML APIs: no Spring, no Vaadin, so the command line and the trainer
 * UI call the very same {@link fr.immunolearn.questionbank.QuestionBank}.
 */
package fr.immunolearn.questionbank;
