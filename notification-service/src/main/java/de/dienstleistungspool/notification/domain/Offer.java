package de.dienstleistungspool.notification.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.util.UUID;

/**
 * An offer's title and home depot, kept from {@code pool-events} so e-mails can say where to pick a unit up.
 */
@Entity
@Table(name = "offer")
public class Offer {

    @Id
    @Column(name = "offer_id")
    public UUID offerId;

    @Column(name = "owner_member_id")
    public UUID ownerMemberId;

    public String title;

    public String kind;

    @Column(name = "depot_name")
    public String depotName;
}
