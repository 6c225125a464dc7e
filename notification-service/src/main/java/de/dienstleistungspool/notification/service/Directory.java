package de.dienstleistungspool.notification.service;

import com.fasterxml.jackson.databind.JsonNode;
import de.dienstleistungspool.notification.domain.Member;
import de.dienstleistungspool.notification.domain.MemberRepository;
import de.dienstleistungspool.notification.domain.Offer;
import de.dienstleistungspool.notification.domain.OfferRepository;
import de.dienstleistungspool.notification.domain.Person;
import de.dienstleistungspool.notification.domain.PersonRepository;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/**
 * Keeps the names, contacts, people and offers that e-mails mention, upserted from member and pool snapshots.
 */
@ApplicationScoped
public class Directory {

    @Inject
    MemberRepository members;

    @Inject
    PersonRepository people;

    @Inject
    OfferRepository offers;

    /** Applies a {@code MemberJoined}, {@code MemberChanged} or {@code MemberLeft} snapshot. */
    @Transactional(Transactional.TxType.MANDATORY)
    public void memberSnapshot(JsonNode e) {
        UUID id = uuid(e, "memberId");
        Member found = members.findById(id);
        Member m = found != null ? found : new Member();
        m.memberId = id;
        m.regionId = e.hasNonNull("regionId") ? uuid(e, "regionId") : m.regionId;
        m.name = text(e, "name", m.name == null ? id.toString() : m.name);
        m.contactEmail = text(e, "contactEmail", null);
        m.contactPhone = text(e, "contactPhone", null);
        m.status = text(e, "status", "LEFT".equals(m.status) ? "LEFT" : "ACTIVE");
        if (found == null) {
            members.persist(m);
        }
    }

    /** Applies a {@code UserChanged} event. */
    @Transactional(Transactional.TxType.MANDATORY)
    public void userChanged(JsonNode e) {
        String userId = e.path("userId").asText(null);
        if (userId == null) {
            throw new IllegalArgumentException("UserChanged without userId");
        }
        UUID memberId = uuid(e, "memberId");
        Person found = people.findById(userId);
        Person p = found != null ? found : new Person();
        p.userId = userId;
        p.memberId = memberId;
        p.name = text(e, "name", null);
        p.email = text(e, "email", null);
        List<String> roles = new ArrayList<>();
        e.path("roles").forEach(r -> roles.add(r.asText()));
        p.roles = roles;
        p.active = e.path("active").asBoolean(true);
        if (found == null) {
            people.persist(p);
        }
    }

    /** Applies an offer snapshot from {@code pool-events}. */
    @Transactional(Transactional.TxType.MANDATORY)
    public void offerSnapshot(JsonNode e) {
        UUID id = uuid(e, "offerId");
        UUID owner = uuid(e, "ownerMemberId");
        Offer found = offers.findById(id);
        Offer o = found != null ? found : new Offer();
        o.offerId = id;
        o.ownerMemberId = owner;
        o.title = text(e, "title", id.toString());
        o.kind = text(e, "kind", null);
        o.depotName = e.path("depot").path("name").asText(null);
        if (found == null) {
            offers.persist(o);
        }
    }

    static UUID uuid(JsonNode e, String field) {
        JsonNode v = e.get(field);
        if (v == null || v.isNull()) {
            throw new IllegalArgumentException("Missing field " + field);
        }
        return UUID.fromString(v.asText());
    }

    static String text(JsonNode e, String field, String fallback) {
        JsonNode v = e.get(field);
        return v == null || v.isNull() ? fallback : v.asText();
    }
}
