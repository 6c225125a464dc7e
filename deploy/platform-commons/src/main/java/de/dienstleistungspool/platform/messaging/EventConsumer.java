package de.dienstleistungspool.platform.messaging;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.InjectableValues;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import de.dienstleistungspool.platform.inbox.Inbox;
import de.dienstleistungspool.platform.logging.MemberLogContext;
import io.micrometer.core.instrument.MeterRegistry;
import jakarta.inject.Inject;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validator;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;
import org.jboss.logging.MDC;

/**
 * The one skeleton of every Kafka consumer: it reads a message into the consumer's typed payload record, checks it,
 * claims its event id in the inbox as {@code <service>/<topic>} and applies it, all in the transaction of the
 * consumer's {@code @Incoming @Blocking @RetryTransientFailures @Transactional} method, which calls
 * {@link #consume(String)}. A message that does not parse or fails a check is a {@link PoisonMessage}: the transaction
 * rolls back and the channel's {@code failure-strategy=dead-letter-queue} sends it to {@code <service>.<topic>.dlq}
 * with the reason. Any other exception (a bug) also rolls back, so the event is never recorded as processed, and the
 * message goes to the same dead-letter topic with the exception, to be replayed once the bug is fixed.
 *
 * <p>While it handles an event, the consumer's log lines name the event's member ({@link IncomingEvent#memberId}) and
 * its trace: the channel continues the producer's trace from the message's {@code traceparent} header, so the effect,
 * and the events it publishes, belong to the trace of the change that caused the event.
 *
 * @param <E> the payload record (a sealed interface with {@code @JsonTypeInfo} where a topic carries several shapes),
 *            with Bean Validation constraints for what the contract requires
 */
public abstract class EventConsumer<E extends IncomingEvent> {

    private static final Logger LOG = Logger.getLogger(EventConsumer.class);

    /** The counter of messages sent to a dead-letter topic, tagged {@code consumer} and {@code reason}. */
    public static final String DEAD_LETTERED = "consumer.dead.lettered";

    @Inject
    ObjectMapper json;

    @Inject
    Validator validator;

    @Inject
    Inbox inbox;

    @Inject
    MeterRegistry metrics;

    @ConfigProperty(name = "quarkus.application.name")
    String service;

    private final String topic;
    private final Class<E> payload;

    protected EventConsumer(String topic, Class<E> payload) {
        this.topic = topic;
        this.payload = payload;
    }

    /** The name this consumer claims events under in the inbox: {@code <service>/<topic>}. */
    public final String name() {
        return service + "/" + topic;
    }

    /** Reads, checks, claims and applies one message; call it from the {@code @Incoming} method, inside its transaction. */
    protected final void consume(String message) {
        E event = read(message);
        if (!wants(event)) {
            return;
        }
        UUID member = event.memberId();
        if (member != null) { // a UUID, nothing else from the message, reaches the log context
            MDC.put(MemberLogContext.MEMBER_ID, member.toString());
        }
        try {
            requireValid(event);
            if (!inbox.firstDelivery(name(), event.eventId())) {
                return; // a redelivery: its effect is already committed
            }
            check(event);
            apply(event);
            LOG.debugf("%s %s applied by %s", event.eventType(), event.eventId(), name());
        } finally {
            MDC.remove(MemberLogContext.MEMBER_ID);
        }
    }

    /**
     * Whether this consumer acts on the event at all; events it does not want are skipped unclaimed. By default every
     * event but an {@link IgnoredEvent}; a consumer of one record shape overrides it to pick event types.
     */
    protected boolean wants(E event) {
        return !(event instanceof IgnoredEvent);
    }

    /**
     * The plausibility hook: throws {@link PoisonMessage#implausible} when a well-formed event contradicts what this
     * service knows. Runs in the transaction, after the claim and before {@link #apply}; the default checks nothing.
     */
    protected void check(E event) {
    }

    /** The consumer's effect, in the transaction that also holds the inbox claim. */
    protected abstract void apply(E event);

    /** Counts a message the channel is about to dead-letter; called once its failure is final. */
    void deadLettered(Throwable failure) {
        String reason = failure instanceof PoisonMessage p ? p.kind().name().toLowerCase() : "failed";
        metrics.counter(DEAD_LETTERED, "consumer", name(), "reason", reason).increment();
    }

    private E read(String message) {
        if (message == null || message.isBlank()) {
            throw PoisonMessage.unreadable("empty message");
        }
        E event;
        try {
            event = json.readerFor(payload).with(new InjectableValues.Std().addValue(IncomingEvent.MESSAGE, message))
                    .readValue(message);
        } catch (JsonProcessingException e) {
            throw PoisonMessage.unreadable(whatAndWhere(e));
        }
        if (event == null || event.eventId() == null || event.eventType() == null || event.eventType().isBlank()) {
            throw PoisonMessage.unreadable("eventId or eventType missing");
        }
        return event;
    }

    /**
     * The kind of parse failure and where it is, without the parser's own text: that quotes the offending value (an
     * e-mail address, a name), and the reason ends up in the log and in the dead-letter header.
     */
    static String whatAndWhere(JsonProcessingException e) {
        StringBuilder reason = new StringBuilder(e.getClass().getSimpleName());
        if (e instanceof JsonMappingException m && !m.getPath().isEmpty()) {
            reason.append(" at ").append(m.getPath().stream()
                    .map(r -> r.getFieldName() != null ? r.getFieldName() : "[" + r.getIndex() + "]").collect(Collectors.joining(".")));
        }
        if (e.getLocation() != null) {
            reason.append(" (line ").append(e.getLocation().getLineNr()).append(", column ").append(e.getLocation().getColumnNr()).append(')');
        }
        return reason.toString();
    }

    private void requireValid(E event) {
        Set<ConstraintViolation<E>> violations = validator.validate(event);
        if (!violations.isEmpty()) {
            throw PoisonMessage.unreadable(event.eventType() + " " + event.eventId() + ": " + violations.stream()
                    .map(v -> v.getPropertyPath() + " " + v.getMessage()).sorted().collect(Collectors.joining("; ")));
        }
    }
}
