package de.dienstleistungspool.platform.messaging;

import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;
import org.eclipse.microprofile.config.Config;

/**
 * Holds the rule that every incoming channel names its failure handling explicitly: it stops start-up unless each
 * {@code mp.messaging.incoming.<channel>} has {@code failure-strategy=dead-letter-queue} and the dead-letter topic
 * {@code <service>.<topic>.dlq}, so no channel falls back to the default strategy that stops on a poison message. It
 * also registers each channel's {@link EventConsumer#DEAD_LETTERED} counters at zero, so an alert on their increase
 * sees them before the first dead letter.
 */
@ApplicationScoped
public class DeadLetterTopics {

    private static final String PREFIX = "mp.messaging.incoming.";

    void verify(@Observes StartupEvent ignored, Config config, MeterRegistry metrics) {
        String service = config.getValue("quarkus.application.name", String.class);
        List<String> wrong = new ArrayList<>();
        for (String channel : channels(config)) {
            String topic = config.getOptionalValue(PREFIX + channel + ".topic", String.class).orElse(channel);
            String strategy = config.getOptionalValue(PREFIX + channel + ".failure-strategy", String.class).orElse("fail");
            String dlq = config.getOptionalValue(PREFIX + channel + ".dead-letter-queue.topic", String.class).orElse(null);
            String expected = topicFor(service, topic);
            if (!"dead-letter-queue".equals(strategy) || !expected.equals(dlq)) {
                wrong.add(channel + " (failure-strategy=" + strategy + ", dead-letter-queue.topic=" + dlq
                        + "; expected dead-letter-queue and " + expected + ")");
            }
        }
        if (!wrong.isEmpty()) {
            throw new IllegalStateException("Incoming channels without their dead-letter topic: " + String.join(", ", wrong));
        }
        for (String channel : channels(config)) {
            String topic = config.getOptionalValue(PREFIX + channel + ".topic", String.class).orElse(channel);
            for (PoisonMessage.Kind kind : PoisonMessage.Kind.values()) {
                metrics.counter(EventConsumer.DEAD_LETTERED, "consumer", service + "/" + topic, "reason", kind.name().toLowerCase());
            }
            metrics.counter(EventConsumer.DEAD_LETTERED, "consumer", service + "/" + topic, "reason", "failed");
        }
    }

    /** The dead-letter topic of a service's consumer of a topic: {@code <service>.<topic>.dlq}. */
    public static String topicFor(String service, String topic) {
        return service + "." + topic + ".dlq";
    }

    private static TreeSet<String> channels(Config config) {
        TreeSet<String> channels = new TreeSet<>();
        for (String name : config.getPropertyNames()) {
            if (name.startsWith(PREFIX) && name.endsWith(".connector")) {
                channels.add(name.substring(PREFIX.length(), name.length() - ".connector".length()));
            }
        }
        return channels;
    }
}
