package de.dienstleistungspool.notification.domain;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import java.util.UUID;

/**
 * An offer's title and home depot, kept from {@code pool-events} so e-mails can say where to pick a unit up.
 */
@Entity
public class Offer {

    @Id
    public UUID offerId;

    public UUID ownerMemberId;

    public String title;

    public String kind;

    public String depotName;

    /** Whom the owner alerts when an emergency request books the offer (null without emergency use). */
    public String onCallName;

    public String onCallEmail;

    public String onCallPhone;
}
