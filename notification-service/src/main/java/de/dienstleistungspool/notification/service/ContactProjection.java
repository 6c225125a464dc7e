package de.dienstleistungspool.notification.service;

import de.dienstleistungspool.notification.domain.Member;
import de.dienstleistungspool.notification.domain.MemberRepository;
import de.dienstleistungspool.notification.domain.Offer;
import de.dienstleistungspool.notification.domain.OfferRepository;
import de.dienstleistungspool.notification.domain.Person;
import de.dienstleistungspool.notification.domain.PersonRepository;
import de.dienstleistungspool.notification.messaging.PoolEvent;
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
public class ContactProjection {

    @Inject
    MemberRepository members;

    @Inject
    PersonRepository people;

    @Inject
    OfferRepository offers;

    /** Applies a member snapshot; a snapshot without status keeps a member that left as left. */
    @Transactional(Transactional.TxType.MANDATORY)
    public void memberSnapshot(UUID memberId, UUID regionId, String name, String contactEmail, String contactPhone,
                               String status) {
        Member found = members.findById(memberId);
        Member m = found != null ? found : new Member();
        m.memberId = memberId;
        m.regionId = regionId != null ? regionId : m.regionId;
        m.name = name != null ? name : m.name == null ? memberId.toString() : m.name;
        m.contactEmail = contactEmail;
        m.contactPhone = contactPhone;
        m.status = status != null ? status : "LEFT".equals(m.status) ? "LEFT" : "ACTIVE";
        if (found == null) {
            members.persist(m);
        }
    }

    /** Applies a person's current name, address, roles and whether the account is active. */
    @Transactional(Transactional.TxType.MANDATORY)
    public void userChanged(String userId, UUID memberId, String name, String email, List<String> roles, boolean active) {
        Person found = people.findById(userId);
        Person p = found != null ? found : new Person();
        p.userId = userId;
        p.memberId = memberId;
        p.name = name;
        p.email = email;
        p.roles = new ArrayList<>(roles);
        p.active = active;
        if (found == null) {
            people.persist(p);
        }
    }

    /** Applies an offer snapshot's title, kind and depot name. */
    @Transactional(Transactional.TxType.MANDATORY)
    public void offerSnapshot(UUID offerId, UUID ownerMemberId, String title, String kind, String depotName,
                              PoolEvent.OnCall onCall) {
        Offer found = offers.findById(offerId);
        Offer o = found != null ? found : new Offer();
        o.offerId = offerId;
        o.ownerMemberId = ownerMemberId;
        o.title = title != null ? title : offerId.toString();
        o.kind = kind;
        o.depotName = depotName;
        o.onCallName = onCall == null ? null : onCall.name();
        o.onCallEmail = onCall == null ? null : onCall.email();
        o.onCallPhone = onCall == null ? null : onCall.phone();
        if (found == null) {
            offers.persist(o);
        }
    }
}
