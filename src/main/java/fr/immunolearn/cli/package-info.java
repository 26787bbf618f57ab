/**
 * The commands of {@code java -jar immunolearn.jar}: {@code validate} checks the content without
 * starting the server; the other commands are listed by {@link fr.immunolearn.cli.Commands}.
 */
package fr.immunolearn.cli;
