package de.dienstleistungspool.testinfra;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.hibernate.engine.spi.SessionFactoryImplementor;
import org.junit.jupiter.api.Test;

/**
 * Proves that every entity column Hibernate derives (through the platform's naming strategy) exists in the schema
 * that Flyway built, so a field rename or a forgotten {@code @Column(name)} fails a test instead of a request.
 * Each service extends this in a {@code @QuarkusTest}.
 */
public abstract class EntityMappingContractTest {

    @Inject
    EntityManager em;

    @Test
    void everyMappedColumnExistsInTheFlywaySchema() {
        Set<String> mapped = mappedColumns();
        @SuppressWarnings("unchecked")
        List<String> existing = em.createNativeQuery("select table_name || '.' || column_name from information_schema.columns"
                + " where table_schema = current_schema()").getResultList();
        Set<String> missing = new TreeSet<>(mapped);
        missing.removeAll(existing);
        assertTrue(mapped.size() > 0, "the service maps entities");
        assertEquals(Set.of(), missing, "mapped columns that Flyway did not create");
    }

    /** table.column of every column the entities of this service read or write. */
    private Set<String> mappedColumns() {
        Set<String> columns = new TreeSet<>();
        em.getEntityManagerFactory().unwrap(SessionFactoryImplementor.class).getMappingMetamodel()
                .forEachEntityDescriptor(entity -> entity.forEachSelectable((index, selectable) -> {
                    if (!selectable.isFormula()) {
                        columns.add(selectable.getContainingTableExpression() + "." + selectable.getSelectionExpression());
                    }
                }));
        return columns.stream().map(String::toLowerCase).collect(Collectors.toCollection(TreeSet::new));
    }
}
