package de.dienstleistungspool.platform.security;

import io.agroal.api.AgroalDataSource;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;

/**
 * The member directory of a service that projects {@code member-events} into a table {@code member (member_id,
 * region_id, status)}, as pool-, booking- and notification-service do. Not a bean by itself: a service opts in to the
 * token cross-check by declaring an {@code @ApplicationScoped} subclass.
 */
public abstract class MemberTableDirectory implements MemberDirectoryView {

    @Inject
    AgroalDataSource dataSource;

    @Override
    public Map<UUID, Known> load() {
        Map<UUID, Known> members = new HashMap<>();
        try (Connection c = dataSource.getConnection(); Statement s = c.createStatement();
                ResultSet r = s.executeQuery("select member_id, region_id, status from member")) {
            while (r.next()) {
                members.put(r.getObject(1, UUID.class),
                        new Known(r.getObject(2, UUID.class), "ACTIVE".equals(r.getString(3))));
            }
        } catch (SQLException e) {
            throw new IllegalStateException("Cannot read the member directory", e);
        }
        return members;
    }
}
