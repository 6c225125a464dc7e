package de.dienstleistungspool.municipality.domain;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import java.util.Optional;

/** Loads the token signing keys. */
@ApplicationScoped
public class SigningKeyRepository implements PanacheRepositoryBase<SigningKey, String> {

    public Optional<SigningKey> current() {
        return find("state", SigningKey.State.CURRENT).firstResultOptional();
    }

    /** The keys published in the JWKS: the current and the previous ones, newest first. */
    public List<SigningKey> published() {
        return list("state in ?1", Sort.descending("createdAt"), List.of(SigningKey.State.CURRENT, SigningKey.State.PREVIOUS));
    }

    /** Serialises key rotations until the transaction ends (two rotations at once would leave two current keys). */
    public void lockRotation() {
        getEntityManager().createNativeQuery("select pg_advisory_xact_lock(hashtext('signing_key_rotation'))").getSingleResult();
    }
}
