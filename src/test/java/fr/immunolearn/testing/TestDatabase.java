package fr.immunolearn.testing;

import org.springframework.test.context.ActiveProfilesResolver;

/**
 * Chooses the database of a {@link DatabaseTest}: an in-memory H2 per context, or the PostgreSQL
 * server that {@code ./test.sh} starts, reached through the production {@code postgres} profile.
 */
public class TestDatabase implements ActiveProfilesResolver {

    public static final String PROPERTY = "immunolearn.test.database";

    public static boolean isPostgres() {
        return "postgres".equals(System.getProperty(PROPERTY));
    }

    @Override
    public String[] resolve(Class<?> testClass) {
        if (!isPostgres()) {
            return new String[] {"test"};
        }
        if (System.getenv("IMMUNOLEARN_DB_URL") == null) {
            throw new IllegalStateException(
                    "The PostgreSQL run of the tests needs IMMUNOLEARN_DB_URL,"
                            + " IMMUNOLEARN_DB_USER and IMMUNOLEARN_DB_PASSWORD: ./test.sh starts a server and sets them.");
        }
        return new String[] {"test", "postgres"};
    }
}
