/**
 * What every feature needs from the database beyond its repositories: Spring Data JDBC's failures
 * seen as Spring's {@link org.springframework.dao.DataAccessException} (so a taken unique key is a
 * {@link org.springframework.dao.DuplicateKeyException} wherever it comes from), and a write that
 * lost a race for a unique key run again in a new transaction, where it sees the row that won.
 */
package fr.immunolearn.storage;
