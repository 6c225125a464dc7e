package de.dienstleistungspool.platform.messaging;

import java.io.IOException;
import java.io.PrintStream;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.UUID;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Future;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.consumer.OffsetAndMetadata;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.header.Header;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.common.serialization.StringSerializer;

/**
 * The operator's tool for a dead-letter topic {@code <service>.<topic>.dlq}: {@code list} prints each waiting message
 * with its reason, {@code replay} sends each one back to the topic it came from (key, value and event headers kept) and
 * commits its place in the dead-letter topic, so a second run replays only what arrived since. Every consumer drops an
 * event it already processed by its id, so a replayed message changes only the consumers that had dead-lettered it.
 *
 * <p>Usage: {@code DeadLetterReplay list|replay --bootstrap-servers HOST:PORT --topic DLQ [--config client.properties]};
 * the optional properties file carries the client settings of a secured broker ({@code security.protocol},
 * {@code sasl.*}, {@code ssl.*}).
 */
public final class DeadLetterReplay {

    private static final String HEADER_PREFIX = "dead-letter-";
    private static final Duration POLL = Duration.ofMillis(500);

    private DeadLetterReplay() {
    }

    public static void main(String[] args) throws Exception {
        try {
            run(args, System.out);
        } catch (IllegalArgumentException e) {
            System.err.println(e.getMessage());
            System.err.println("Usage: DeadLetterReplay list|replay --bootstrap-servers HOST:PORT --topic <service>.<topic>.dlq"
                    + " [--config client.properties]");
            System.exit(2);
        }
    }

    /** Lists or replays the dead-letter topic named in the arguments; returns how many messages it listed or replayed. */
    public static int run(String[] args, PrintStream out) throws IOException, InterruptedException, ExecutionException {
        Map<String, String> options = options(args);
        boolean replay = switch (args.length == 0 ? "" : args[0]) {
            case "list" -> false;
            case "replay" -> true;
            default -> throw new IllegalArgumentException("First argument must be list or replay");
        };
        String dlq = required(options, "--topic");
        Properties client = clientConfig(required(options, "--bootstrap-servers"), options.get("--config"));
        List<ConsumerRecord<String, String>> waiting;
        try (KafkaConsumer<String, String> consumer = consumer(client, dlq)) {
            waiting = unreplayed(consumer, dlq);
            if (!replay) {
                waiting.forEach(r -> out.printf("%d/%d key=%s %s: %s%n", r.partition(), r.offset(), r.key(),
                        header(r, "dead-letter-exception-class-name"), header(r, "dead-letter-reason")));
                out.printf("%d message(s) waiting in %s%n", waiting.size(), dlq);
                return waiting.size();
            }
            send(client, dlq, waiting);
            Map<TopicPartition, OffsetAndMetadata> done = new HashMap<>();
            waiting.forEach(r -> done.put(new TopicPartition(r.topic(), r.partition()), new OffsetAndMetadata(r.offset() + 1)));
            consumer.commitSync(done);
        }
        out.printf("Replayed %d message(s) from %s%n", waiting.size(), dlq);
        return waiting.size();
    }

    /** The records after this tool's committed position, up to the end of each partition as it was at the start. */
    private static List<ConsumerRecord<String, String>> unreplayed(KafkaConsumer<String, String> consumer, String dlq) {
        List<TopicPartition> partitions = consumer.partitionsFor(dlq, Duration.ofSeconds(30)).stream()
                .map(p -> new TopicPartition(dlq, p.partition())).toList();
        consumer.assign(partitions);
        Map<TopicPartition, Long> end = consumer.endOffsets(partitions);
        List<ConsumerRecord<String, String>> records = new ArrayList<>();
        while (partitions.stream().anyMatch(p -> consumer.position(p) < end.get(p))) {
            for (ConsumerRecord<String, String> r : consumer.poll(POLL)) {
                if (r.offset() < end.get(new TopicPartition(r.topic(), r.partition()))) {
                    records.add(r);
                }
            }
        }
        return records;
    }

    private static void send(Properties client, String dlq, List<ConsumerRecord<String, String>> records)
            throws InterruptedException, ExecutionException {
        Properties config = new Properties();
        config.putAll(client);
        config.put(ProducerConfig.ACKS_CONFIG, "all");
        config.put(ProducerConfig.ENABLE_IDEMPOTENCE_CONFIG, "true");
        try (KafkaProducer<String, String> producer = new KafkaProducer<>(config, new StringSerializer(), new StringSerializer())) {
            List<Future<?>> acks = new ArrayList<>();
            for (ConsumerRecord<String, String> r : records) {
                ProducerRecord<String, String> again = new ProducerRecord<>(origin(r, dlq), r.key(), r.value());
                for (Header h : r.headers()) {
                    if (!h.key().startsWith(HEADER_PREFIX)) {
                        again.headers().add(h);
                    }
                }
                acks.add(producer.send(again));
            }
            for (Future<?> ack : acks) {
                ack.get(); // a refused message stops the run before the dead-letter position is committed
            }
        }
    }

    /** The topic a dead-lettered record came from: its {@code dead-letter-topic} header, else the middle of the name. */
    static String origin(ConsumerRecord<String, String> r, String dlq) {
        String topic = header(r, "dead-letter-topic");
        if (topic != null) {
            return topic;
        }
        if (!dlq.endsWith(".dlq") || dlq.indexOf('.') == dlq.lastIndexOf(".dlq")) {
            throw new IllegalArgumentException(dlq + " is not named <service>.<topic>.dlq and record "
                    + r.partition() + "/" + r.offset() + " has no dead-letter-topic header");
        }
        return dlq.substring(dlq.indexOf('.') + 1, dlq.length() - ".dlq".length());
    }

    private static KafkaConsumer<String, String> consumer(Properties client, String dlq) {
        Properties config = new Properties();
        config.putAll(client);
        config.put(ConsumerConfig.GROUP_ID_CONFIG, dlq + ".replay");
        config.put(ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest");
        config.put(ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, "false");
        config.put(ConsumerConfig.CLIENT_ID_CONFIG, "dead-letter-replay-" + UUID.randomUUID());
        return new KafkaConsumer<>(config, new StringDeserializer(), new StringDeserializer());
    }

    private static Properties clientConfig(String bootstrapServers, String file) throws IOException {
        Properties config = new Properties();
        if (file != null) {
            try (Reader in = Files.newBufferedReader(Path.of(file), StandardCharsets.UTF_8)) {
                config.load(in);
            }
        }
        config.put("bootstrap.servers", bootstrapServers);
        return config;
    }

    private static Map<String, String> options(String[] args) {
        Map<String, String> options = new HashMap<>();
        for (int i = 1; i < args.length; i += 2) {
            if (i + 1 >= args.length || !args[i].startsWith("--")) {
                throw new IllegalArgumentException("Options come in pairs: --name value (at " + args[i] + ")");
            }
            options.put(args[i], args[i + 1]);
        }
        return options;
    }

    private static String required(Map<String, String> options, String name) {
        String value = options.get(name);
        if (value == null || value.isBlank()) {
            throw new IllegalArgumentException("Missing " + name);
        }
        return value;
    }

    private static String header(ConsumerRecord<String, String> r, String name) {
        Header h = r.headers().lastHeader(name);
        return h == null ? null : new String(h.value(), StandardCharsets.UTF_8);
    }
}
