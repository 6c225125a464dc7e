package de.dienstleistungspool.pool.service;

import de.dienstleistungspool.platform.problem.ProblemException;
import de.dienstleistungspool.platform.security.Caller;
import de.dienstleistungspool.pool.domain.Blackout;
import de.dienstleistungspool.pool.domain.BlackoutRepository;
import de.dienstleistungspool.pool.domain.BusyPeriod;
import de.dienstleistungspool.pool.domain.BusyPeriodRepository;
import de.dienstleistungspool.pool.domain.CalendarSecretRepository;
import de.dienstleistungspool.pool.domain.Offer;
import de.dienstleistungspool.pool.domain.OfferRepository;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * iCalendar feeds of a member's offers, authorised by a per-member secret in the URL (calendar clients such as
 * Outlook and Thunderbird cannot send bearer tokens); only a hash of the secret is stored.
 */
@ApplicationScoped
public class CalendarService {

    /** How far back and ahead a feed reaches. */
    static final Duration PAST = Duration.ofDays(90);
    static final Duration AHEAD = Duration.ofDays(400);

    private static final SecureRandom RANDOM = new SecureRandom();

    @Inject
    CalendarSecretRepository secrets;

    @Inject
    OfferRepository offers;

    @Inject
    BusyPeriodRepository busy;

    @Inject
    BlackoutRepository blackouts;

    @Inject
    Caller caller;

    @Inject
    ICalendarWriter writer;

    /** Creates or replaces the caller's member secret and returns it once; older feed URLs stop working. */
    @Transactional
    public String rotate() {
        byte[] raw = new byte[32];
        RANDOM.nextBytes(raw);
        String token = Base64.getUrlEncoder().withoutPadding().encodeToString(raw);
        secrets.upsert(caller.memberId(), hash(token));
        return token;
    }

    public String memberFeed(UUID memberId, String token) {
        requireSecret(memberId, token);
        List<Offer> owned = offers.list("ownerMemberId", memberId);
        return feed("Pool: Angebote", owned);
    }

    public String offerFeed(UUID offerId, String token) {
        Offer offer = offers.findByIdOptional(offerId).orElseThrow(() -> ProblemException.notFound("Calendar feed", offerId));
        requireSecret(offer.ownerMemberId, token);
        return feed("Pool: " + offer.title, List.of(offer));
    }

    private String feed(String name, List<Offer> owned) {
        Instant now = Instant.now();
        List<UUID> ids = owned.stream().map(o -> o.id).toList();
        Map<UUID, Offer> byId = owned.stream().collect(Collectors.toMap(o -> o.id, Function.identity()));
        List<BusyPeriod> bookings = busy.blocking(ids, now.minus(PAST), now.plus(AHEAD));
        List<Blackout> blocked = blackouts.overlapping(ids, now.minus(PAST), now.plus(AHEAD));
        return writer.write(name, byId, bookings, blocked);
    }

    private void requireSecret(UUID memberId, String token) {
        if (token == null || token.isBlank() || !secrets.matches(memberId, hash(token))) {
            // one answer for unknown feeds and wrong secrets, so neither ids nor secrets can be probed
            throw ProblemException.notFound("Calendar feed", memberId);
        }
    }

    static String hash(String token) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(token.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
