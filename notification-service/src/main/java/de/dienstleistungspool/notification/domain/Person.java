package de.dienstleistungspool.notification.domain;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import java.util.List;
import java.util.UUID;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

/**
 * A person of a member with e-mail address and roles, kept from {@code UserChanged} events; the recipients of e-mails.
 */
@Entity
public class Person {

    @Id
    public String userId;

    public UUID memberId;

    public String name;

    public String email;

    @JdbcTypeCode(SqlTypes.ARRAY)
    public List<String> roles;

    public boolean active;
}
