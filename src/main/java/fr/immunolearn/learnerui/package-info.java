/**
 * What learners see: the course home, lessons and quizzes, as thin Vaadin views over the course
 * model and the progress services. Views keep ids, never copies of the model.
 */
package fr.immunolearn.learnerui;
