package de.dienstleistungspool.platform.messaging;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.Function;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.ScramCredentialInfo;
import org.apache.kafka.clients.admin.ScramMechanism;
import org.apache.kafka.clients.admin.UserScramCredentialAlteration;
import org.apache.kafka.clients.admin.UserScramCredentialUpsertion;
import org.apache.kafka.common.acl.AccessControlEntry;
import org.apache.kafka.common.acl.AclBinding;
import org.apache.kafka.common.acl.AclOperation;
import org.apache.kafka.common.acl.AclPermissionType;
import org.apache.kafka.common.resource.PatternType;
import org.apache.kafka.common.resource.ResourcePattern;
import org.apache.kafka.common.resource.ResourceType;

/**
 * Who may do what on the broker (docs/SECURITY.md, "Events"): one SCRAM-SHA-512 principal per service, named like
 * the service, that writes only the topics it owns, reads only the topics it consumes in its own consumer group, and
 * writes (and creates) only its own dead-letter topics {@code <service>.<topic>.dlq}. The one table every broker of
 * the platform is given its users and ACLs from.
 */
public final class KafkaRights {

    /** A service's principal and the topics it writes (through its outbox) and reads. */
    public record Principal(String name, List<String> writes, List<String> reads) {

        /** The user as the broker's authorizer names it. */
        public String user() {
            return "User:" + name;
        }
    }

    public static final List<Principal> SERVICES = List.of(
            new Principal("municipality-service", List.of("member-events", "settlement-events"),
                    List.of("booking-events")),
            new Principal("pool-service", List.of("pool-events"), List.of("booking-events", "member-events", "demand-events")),
            new Principal("booking-service", List.of("booking-events", "demand-events"), List.of("pool-events", "member-events")),
            new Principal("notification-service", List.of(),
                    List.of("booking-events", "member-events", "pool-events", "settlement-events")));

    public static final ScramMechanism MECHANISM = ScramMechanism.SCRAM_SHA_512;

    private KafkaRights() {
    }

    /** The ACLs of one principal; nothing else is allowed to it (the broker denies what no ACL allows). */
    public static List<AclBinding> acls(Principal p) {
        List<AclBinding> acls = new ArrayList<>();
        p.writes().forEach(t -> acls.add(allow(p, ResourceType.TOPIC, t, PatternType.LITERAL, AclOperation.WRITE)));
        p.reads().forEach(t -> acls.add(allow(p, ResourceType.TOPIC, t, PatternType.LITERAL, AclOperation.READ)));
        acls.add(allow(p, ResourceType.GROUP, p.name(), PatternType.LITERAL, AclOperation.READ));
        for (AclOperation op : List.of(AclOperation.WRITE, AclOperation.CREATE, AclOperation.DESCRIBE)) {
            acls.add(allow(p, ResourceType.TOPIC, p.name() + ".", PatternType.PREFIXED, op));
        }
        return acls;
    }

    /**
     * Creates or updates every service's SCRAM credential ({@code password} of the principal's name) and ACLs. The
     * admin client must be a super user of the broker; running it again changes nothing.
     */
    public static void apply(Admin admin, Function<String, String> password) {
        List<UserScramCredentialAlteration> users = SERVICES.stream()
                .<UserScramCredentialAlteration>map(p -> new UserScramCredentialUpsertion(p.name(),
                        new ScramCredentialInfo(MECHANISM, 8192), password.apply(p.name())))
                .toList();
        List<AclBinding> acls = SERVICES.stream().flatMap(p -> acls(p).stream()).toList();
        try {
            admin.alterUserScramCredentials(users).all().get(30, TimeUnit.SECONDS);
            admin.createAcls(acls).all().get(30, TimeUnit.SECONDS);
        } catch (ExecutionException | TimeoutException e) {
            throw new IllegalStateException("Could not set the services' Kafka users and ACLs", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** The client settings ({@code kafka.*} without the prefix) that sign a service in as its principal. */
    public static Map<String, String> clientConfig(String principal, String password) {
        return Map.of(
                "security.protocol", "SASL_PLAINTEXT",
                "sasl.mechanism", MECHANISM.mechanismName(),
                "sasl.jaas.config", "org.apache.kafka.common.security.scram.ScramLoginModule required username=\""
                        + principal + "\" password=\"" + password + "\";");
    }

    private static AclBinding allow(Principal p, ResourceType type, String name, PatternType pattern, AclOperation op) {
        return new AclBinding(new ResourcePattern(type, name, pattern),
                new AccessControlEntry(p.user(), "*", op, AclPermissionType.ALLOW));
    }
}
