package fr.immunolearn.testing;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.junit.jupiter.api.Tag;
import org.springframework.test.context.ActiveProfiles;

/**
 * A test that runs against the database: on H2 by default, and again on a real PostgreSQL server
 * when the build's {@code postgresql} run sets {@code immunolearn.test.database=postgres}.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Tag("database")
@ActiveProfiles(resolver = TestDatabase.class)
public @interface DatabaseTest {}
