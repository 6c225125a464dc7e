package de.dienstleistungspool.municipality.messaging.events;

import de.dienstleistungspool.platform.outbox.OutgoingEvent;

/** An event of the {@code member-events} topic (docs/EVENTS.md), published through the outbox. */
public interface MemberTopicEvent extends OutgoingEvent {

    /** The topic of member, user, credential and rate events. */
    String TOPIC = "member-events";

    @Override
    default String topic() {
        return TOPIC;
    }
}
