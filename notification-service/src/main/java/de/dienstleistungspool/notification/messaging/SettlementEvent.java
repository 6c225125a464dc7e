package de.dienstleistungspool.notification.messaging;

import com.fasterxml.jackson.annotation.JacksonInject;
import com.fasterxml.jackson.annotation.JsonSubTypes;
import com.fasterxml.jackson.annotation.JsonTypeInfo;
import com.fasterxml.jackson.annotation.OptBoolean;
import de.dienstleistungspool.platform.messaging.IgnoredEvent;
import de.dienstleistungspool.platform.messaging.IncomingEvent;
import jakarta.validation.constraints.NotNull;
import java.util.UUID;

/**
 * The {@code settlement-events} messages (docs/EVENTS.md) notification-service forwards as webhooks, typed by
 * {@code eventType}, each with the message itself, which the members' endpoints receive exactly as published.
 */
@JsonTypeInfo(use = JsonTypeInfo.Id.NAME, include = JsonTypeInfo.As.EXISTING_PROPERTY, property = "eventType",
        visible = true, defaultImpl = SettlementEvent.Other.class)
@JsonSubTypes({
        @JsonSubTypes.Type(value = SettlementEvent.StatementReady.class, name = "StatementReady"),
        @JsonSubTypes.Type(value = SettlementEvent.InvoiceIssued.class, name = "InvoiceIssued"),
        @JsonSubTypes.Type(value = SettlementEvent.YearClosed.class, name = "YearClosed")})
public sealed interface SettlementEvent extends IncomingEvent {

    /** The region the event belongs to. */
    UUID regionId();

    /** The message as published. */
    String message();

    /** A member's year-end statement of one sector is ready: for that member. */
    record StatementReady(UUID eventId, String eventType, @NotNull UUID regionId, @NotNull UUID memberId,
                          @NotNull UUID statementId,
                          @JacksonInject(value = IncomingEvent.MESSAGE, useInput = OptBoolean.FALSE) String message)
            implements SettlementEvent {
    }

    /** An invoice or credit note was issued: for both parties (a null party is the pool, which has no endpoints). */
    record InvoiceIssued(UUID eventId, String eventType, @NotNull UUID regionId, @NotNull UUID invoiceId, UUID sellerId,
                         UUID buyerId,
                         @JacksonInject(value = IncomingEvent.MESSAGE, useInput = OptBoolean.FALSE) String message)
            implements SettlementEvent {
    }

    /** A region closed a financial year: for every member of the region. */
    record YearClosed(UUID eventId, String eventType, @NotNull UUID regionId, int year,
                      @JacksonInject(value = IncomingEvent.MESSAGE, useInput = OptBoolean.FALSE) String message)
            implements SettlementEvent {
    }

    /** Any other settlement event: not forwarded. */
    record Other(UUID eventId, String eventType) implements SettlementEvent, IgnoredEvent {
        @Override
        public UUID regionId() {
            return null;
        }

        @Override
        public String message() {
            return null;
        }
    }
}
