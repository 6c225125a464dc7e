package de.dienstleistungspool.e2e;

import static de.dienstleistungspool.e2e.StackTest.DB;
import static de.dienstleistungspool.e2e.StackTest.MAIL;
import static de.dienstleistungspool.e2e.StackTest.STACK;
import static de.dienstleistungspool.e2e.StackTest.await;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import de.dienstleistungspool.e2e.stack.Topic;
import de.dienstleistungspool.e2e.stack.WebhookReceiver;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.apache.kafka.clients.consumer.ConsumerRecord;

/**
 * Counts every effect of a set of completed bookings in every place it lands, after the faults: the bookings, their
 * events on {@code booking-events} (each exactly once by event id, a booking's events in order in its offer's
 * partition), the pool's projection, the ledger lines, the notifications, the e-mails GreenMail received and the
 * webhook deliveries a receiver got.
 *
 * <p>E-mail and webhooks leave the database: an instance killed after the receiver took a message and before it
 * recorded so cannot know, and another instance sends it again after the lease (at-least-once, by design; a webhook
 * receiver drops the copy by its {@code Webhook-Id}). Only such copies are let through: at most the one e-mail and the
 * two webhook attempts (per endpoint) a killed notification instance had in hand, first sent before its kill.
 */
final class ExactlyOnce {

    private static final List<String> LIFECYCLE = List.of("BookingRequested", "BookingConfirmed", "BookingStarted",
            "BookingCompleted");
    private static final List<String> HOOKED = List.of("BookingRequested", "BookingConfirmed", "BookingCompleted");
    private static final Duration CONVERGE = Duration.ofSeconds(180);
    private static final Pattern NOTIFICATION_ID = Pattern.compile("(?im)^X-Notification-Id: *([0-9a-f-]{36})");

    private final Map<String, String> bookings;
    private final List<String> offers;
    private final String endpoint;
    private final WebhookReceiver receiver;
    private final String idList;
    private final long notificationKilledAt;

    ExactlyOnce(Map<String, String> bookings, List<String> offers, String endpoint, WebhookReceiver receiver,
            java.time.Instant notificationKilledAt) {
        this.notificationKilledAt = notificationKilledAt.getEpochSecond();
        this.bookings = bookings;
        this.offers = offers;
        this.endpoint = endpoint;
        this.receiver = receiver;
        this.idList = bookings.keySet().stream().map(i -> "'" + i + "'").collect(Collectors.joining(","));
    }

    void assertAll() {
        Set<String> ids = bookings.keySet();
        String offerList = offers.stream().map(o -> "'" + o + "'").collect(Collectors.joining(","));
        Map<String, String> status = FaultRecoveryTest.toMap(DB.rows("booking",
                "select id::text, status from booking where offer_id in (" + offerList + ")"));
        assertEquals(ids, status.keySet(), "the booking database holds exactly the bookings the clients saw");
        assertTrue(status.values().stream().allMatch("COMPLETED"::equals), "every booking completed: " + status);
        assertEquals(4L * ids.size(), DB.count("booking", "select count(*) from booking_transition where booking_id in ("
                + idList + ")"), "four transitions per booking, none twice");

        Map<String, String> eventTypes = events();
        await("the outbox emptied by the relays", CONVERGE, () -> DB.count("booking",
                "select count(*) from outbox_event where topic = 'booking-events'") == 0);
        await("the pool's projection: every booking completed", CONVERGE, () -> DB.count("pool",
                "select count(*) from busy_period where status = 'COMPLETED' and booking_id in (" + idList + ")")
                == ids.size());
        assertEquals(ids.size(), DB.count("pool", "select count(*) from busy_period where offer_id in (" + offerList
                + ")"), "one busy period per booking");
        await("two ledger lines per completed booking", CONVERGE, () -> DB.count("municipality",
                "select count(*) from ledger_line where booking_id in (" + idList + ")") == 2L * ids.size());
        assertEquals(0, DB.count("municipality", "select count(*) from (select booking_id from ledger_line "
                + "where booking_id in (" + idList + ") group by 1 having count(*) <> 2) d"), "no booking booked twice");
        mails(eventTypes);
        webhooks(eventTypes);
    }

    /**
     * Reads {@code booking-events} until every booking's four events are there; each booking's events must lie in its
     * offer's one partition in lifecycle order (a redelivered duplicate after a relay crash may repeat an event, which
     * consumers drop by id; only the first copy counts for the order). Returns event id to type.
     */
    private Map<String, String> events() {
        Map<String, String> types = new HashMap<>();
        await("every booking's four events on booking-events", CONVERGE, () -> {
            types.clear();
            Map<String, Integer> partitionOfOffer = new HashMap<>();
            Map<String, List<String>> firstCopies = new TreeMap<>();
            int copies = 0;
            for (ConsumerRecord<String, String> r : Topic.readAll(STACK.kafkaAdmin(), "booking-events")) {
                JsonNode e = FaultRecoveryTest.parse(r.value());
                String booking = e.path("bookingId").asText();
                if (!bookings.containsKey(booking)) {
                    continue;
                }
                copies++;
                String offer = e.path("offerId").asText();
                assertEquals(offer, r.key(), "booking-events are keyed by offer");
                assertEquals(partitionOfOffer.computeIfAbsent(offer, o -> r.partition()), r.partition(),
                        "one offer's events in one partition");
                if (types.put(e.get("eventId").asText(), e.get("eventType").asText()) == null) {
                    firstCopies.computeIfAbsent(booking, b -> new ArrayList<>()).add(e.get("eventType").asText());
                }
            }
            if (firstCopies.size() < bookings.size() || firstCopies.values().stream().anyMatch(l -> l.size() < 4)) {
                return null;
            }
            firstCopies.forEach((b, l) -> assertEquals(LIFECYCLE, l, "the events of booking " + b + " in order"));
            System.out.printf("booking-events: %d events of %d bookings, %d copies on the topic (%d re-sent after a "
                    + "relay crash)%n", types.size(), bookings.size(), copies, copies - types.size());
            return true;
        });
        return types;
    }

    /** Every notification of these bookings made once per member and event, and each e-mailed exactly once per recipient. */
    private void mails(Map<String, String> eventTypes) {
        String eventList = eventTypes.keySet().stream().map(e -> "'" + e + "'").collect(Collectors.joining(","));
        await("notification-service consuming every booking event", CONVERGE, () -> DB.count("notification",
                "select count(distinct event_id) from processed_event where event_id in (" + eventList + ")")
                == eventTypes.size());
        await("every notification sent", CONVERGE, () -> DB.count("notification", "select count(*) from notification "
                + "where booking_id in (" + idList + ") and status = 'PENDING'") == 0);
        Map<String, Long> expected = new LinkedHashMap<>();
        for (List<String> row : DB.rows("notification", "select id::text, cardinality(recipients) from notification "
                + "where booking_id in (" + idList + ") and status = 'SENT'")) {
            expected.put(row.get(0), Long.parseLong(row.get(1)));
        }
        assertTrue(expected.size() >= eventTypes.size(), "at least one e-mail per event: " + expected.size());
        Map<String, Long> received = new TreeMap<>();
        for (String user : MAIL.users()) {
            for (String[] m : MAIL.messages(user)) {
                Matcher id = NOTIFICATION_ID.matcher(m[1]);
                if (id.find() && expected.containsKey(id.group(1))) {
                    received.merge(id.group(1), 1L, Long::sum);
                }
            }
        }
        Map<String, Long> wrong = new TreeMap<>();
        Map<String, Long> resent = new TreeMap<>();
        expected.forEach((id, n) -> {
            long got = received.getOrDefault(id, 0L);
            if (got == 2 * n && resent.isEmpty()) {
                resent.put(id, got); // the one e-mail a killed instance may have had in hand
            } else if (got != n) {
                wrong.put(id, got);
            }
        });
        System.out.printf("notifications: %d e-mails sent to %d recipients, %d received (%d sent again after the "
                + "kill: %s)%n", expected.size(), expected.values().stream().mapToLong(Long::longValue).sum(),
                received.values().stream().mapToLong(Long::longValue).sum(), resent.size(), resent);
        assertEquals(Map.of(), wrong, "each e-mail received exactly once per recipient (notification id to copies)");
    }

    /** One delivery per subscribed event, delivered, and received exactly once by the member's endpoint. */
    private void webhooks(Map<String, String> eventTypes) {
        long subscribed = eventTypes.values().stream().filter(HOOKED::contains).count();
        await("every webhook delivered", CONVERGE, () -> DB.count("notification", "select count(*) from webhook_delivery "
                + "where endpoint_id = ?::uuid and status = 'DELIVERED'", endpoint) == subscribed);
        assertEquals(subscribed, DB.count("notification", "select count(*) from webhook_delivery where endpoint_id = ?::uuid",
                endpoint), "one delivery per subscribed event");
        Map<String, Long> copies = receiver.received.stream()
                .collect(Collectors.groupingBy(d -> d.header("Webhook-Id"), TreeMap::new, Collectors.counting()));
        System.out.printf("webhooks: %d deliveries, %d received%n", subscribed, receiver.received.size());
        assertEquals(subscribed, copies.size(), "every subscribed event reached the receiver");
        assertTrue(copies.keySet().stream().allMatch(eventTypes::containsKey), "only these bookings' events");
        Map<String, List<Long>> sentAt = receiver.received.stream().collect(Collectors.groupingBy(
                d -> d.header("Webhook-Id"), TreeMap::new,
                Collectors.mapping(d -> Long.parseLong(d.header("Webhook-Timestamp")), Collectors.toList())));
        Map<String, List<Long>> resent = new TreeMap<>(sentAt);
        resent.values().removeIf(times -> times.size() == 1);
        System.out.printf("webhooks sent again after the kill at %d: %s%n", notificationKilledAt, resent);
        assertTrue(resent.size() <= 2, "at most the two attempts a killed instance had in hand were sent again");
        resent.forEach((id, times) -> assertTrue(times.size() == 2 && java.util.Collections.min(times)
                <= notificationKilledAt && java.util.Collections.max(times) >= notificationKilledAt,
                "webhook " + id + " received more than once, not across the kill: " + times));
    }
}
