package de.dienstleistungspool.notification.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.util.List;
import java.util.UUID;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

/**
 * A person of a member with e-mail address and roles, kept from {@code UserChanged} events; the recipients of e-mails.
 */
@Entity
@Table(name = "person")
public class Person {

    @Id
    @Column(name = "user_id")
    public String userId;

    @Column(name = "member_id")
    public UUID memberId;

    public String name;

    public String email;

    @JdbcTypeCode(SqlTypes.ARRAY)
    public List<String> roles;

    public boolean active;
}
