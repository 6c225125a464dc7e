package de.dienstleistungspool.pool.domain;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.LockModeType;
import java.util.Optional;
import java.util.UUID;

/** Stores the member projection; a snapshot only replaces a member when it is newer than the one applied. */
@ApplicationScoped
public class MemberRepository implements PanacheRepositoryBase<Member, UUID> {

    public Optional<Member> lock(UUID memberId) {
        return Optional.ofNullable(findById(memberId, LockModeType.PESSIMISTIC_WRITE));
    }
}
