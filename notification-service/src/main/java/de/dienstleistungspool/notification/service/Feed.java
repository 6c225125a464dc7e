package de.dienstleistungspool.notification.service;

import de.dienstleistungspool.notification.domain.Notification;
import de.dienstleistungspool.notification.domain.NotificationRepository;
import de.dienstleistungspool.platform.paging.Paged;
import de.dienstleistungspool.platform.problem.ProblemException;
import io.quarkus.panache.common.Parameters;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.UUID;

/**
 * A member's notifications, newest first: what was sent (or why not) about which event, with the rendered subject.
 */
@ApplicationScoped
public class Feed {

    @Inject
    NotificationRepository notifications;

    @Transactional
    public Paged<Notification> page(UUID memberId, String eventType, String status, UUID bookingId, int page, int size) {
        StringBuilder query = new StringBuilder("memberId = :member");
        Parameters params = Parameters.with("member", memberId);
        if (eventType != null) {
            query.append(" and eventType = :type");
            params.and("type", eventType);
        }
        if (status != null) {
            query.append(" and status = :status");
            params.and("status", status);
        }
        if (bookingId != null) {
            query.append(" and bookingId = :booking");
            params.and("booking", bookingId);
        }
        var q = notifications.find(query.toString(), Sort.descending("createdAt").and("id"), params);
        return Paged.of(q, page, size);
    }

    @Transactional
    public Notification get(UUID memberId, UUID id) {
        Notification n = notifications.findById(id);
        if (n == null || !n.memberId.equals(memberId)) {
            throw ProblemException.notFound("Notification", id);
        }
        return n;
    }
}
