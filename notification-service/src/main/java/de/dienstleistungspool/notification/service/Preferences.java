package de.dienstleistungspool.notification.service;

import de.dienstleistungspool.notification.domain.NotificationPreference;
import de.dienstleistungspool.notification.domain.NotificationPreferenceRepository;
import de.dienstleistungspool.notification.domain.NotificationType;
import de.dienstleistungspool.notification.domain.NotificationType.Side;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * A member's notification preferences: the stored choice per type, or the defaults (e-mail on, works staff of
 * the owner, dispatchers of the requester) where the member chose nothing.
 */
@ApplicationScoped
public class Preferences {

    @Inject
    NotificationPreferenceRepository repository;

    /** The settings of one type as they apply. */
    public record Preference(NotificationType type, boolean email, List<String> roles, List<String> addresses, boolean custom) {
    }

    /** What applies to one member on one side of a booking. */
    public Preference effective(UUID memberId, NotificationType type, Side side) {
        NotificationPreference stored = repository.findById(new NotificationPreference.Key(memberId, type.name()));
        if (stored == null) {
            return new Preference(type, true, type.defaultRoles(side), List.of(), false);
        }
        return new Preference(type, stored.email, stored.roles, stored.addresses, true);
    }

    /** Every type with what applies to the member; default roles are those of the sides the type mails. */
    @Transactional
    public List<Preference> all(UUID memberId) {
        Map<String, NotificationPreference> stored = repository.ofMember(memberId).stream()
                .collect(Collectors.toMap(p -> p.key.eventType(), Function.identity()));
        List<Preference> result = new ArrayList<>();
        for (NotificationType type : NotificationType.values()) {
            NotificationPreference p = stored.get(type.name());
            result.add(p != null ? new Preference(type, p.email, p.roles, p.addresses, true)
                    : new Preference(type, true, defaultRoles(type), List.of(), false));
        }
        return result;
    }

    /** Stores the member's choice for one type (replacing an earlier one). */
    @Transactional
    public Preference set(UUID memberId, NotificationType type, boolean email, List<String> roles, List<String> addresses) {
        NotificationPreference.Key key = new NotificationPreference.Key(memberId, type.name());
        NotificationPreference found = repository.findById(key);
        NotificationPreference p = found != null ? found : new NotificationPreference();
        p.key = key;
        p.email = email;
        p.roles = List.copyOf(new LinkedHashSet<>(roles));
        p.addresses = addresses.stream().map(a -> a.strip().toLowerCase(java.util.Locale.ROOT)).distinct().toList();
        p.updatedAt = Instant.now();
        if (found == null) {
            repository.persist(p);
        }
        return new Preference(type, p.email, p.roles, p.addresses, true);
    }

    /** Forgets the member's choice for one type, so the defaults apply again. */
    @Transactional
    public void reset(UUID memberId, NotificationType type) {
        repository.deleteById(new NotificationPreference.Key(memberId, type.name()));
    }

    private static List<String> defaultRoles(NotificationType type) {
        return Arrays.stream(Side.values()).filter(type::mails)
                .flatMap(side -> type.defaultRoles(side).stream()).distinct().toList();
    }
}
