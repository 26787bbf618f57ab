package fr.immunolearn.storage;

import org.springframework.dao.DataAccessException;
import org.springframework.dao.support.PersistenceExceptionTranslator;
import org.springframework.data.relational.core.conversion.DbActionExecutionException;
import org.springframework.stereotype.Component;

/**
 * Spring Data JDBC wraps what the database said in a {@link DbActionExecutionException}, which is
 * not a {@link DataAccessException}: a {@code catch (DuplicateKeyException …)} around a
 * repository's {@code save} never fires, and neither does a {@code catch (DataAccessException …)}
 * for a database that is down. Every repository proxy hands its failures to the translator beans
 * (Spring Data's persistence exception translation); this one gives back the wrapped one, so
 * callers see the same exceptions from {@code save} as from any other query.
 */
@Component
class WrappedFailures implements PersistenceExceptionTranslator {

    @Override
    public DataAccessException translateExceptionIfPossible(RuntimeException failure) {
        if (failure instanceof DbActionExecutionException
                && failure.getCause() instanceof DataAccessException cause) {
            return cause;
        }
        return null;
    }
}
