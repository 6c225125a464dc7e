package de.dienstleistungspool.municipality.settlement.service;

import de.dienstleistungspool.municipality.settlement.domain.LedgerChange;
import de.dienstleistungspool.municipality.settlement.domain.LedgerChangeRepository;
import de.dienstleistungspool.municipality.settlement.domain.LedgerLine;
import de.dienstleistungspool.municipality.settlement.domain.LedgerLineRepository;
import de.dienstleistungspool.platform.problem.InvalidParameter;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.math.BigInteger;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * The ledger change feed for accounting software that polls: what was created, reversed or valued after a cursor, in
 * an order that never changes and never lets a late commit slip behind the cursor.
 */
@ApplicationScoped
public class LedgerChanges {

    private static final Pattern CURSOR = Pattern.compile("([0-9]{1,20})-([0-9]{1,18})");

    @Inject
    LedgerChangeRepository changes;

    @Inject
    LedgerLineRepository lines;

    /** One change with the line it concerns (the line as it stands now, valuation included). */
    public record Change(LedgerChange change, LedgerLine line) {
    }

    /** A page of changes and the cursor to ask with next (the given one if nothing new is there yet). */
    public record Page(List<Change> changes, String nextCursor) {
    }

    /** The changes after {@code after} (null: from the beginning) of a member's lines, or of the region's (member null). */
    @Transactional
    public Page after(UUID regionId, UUID memberId, String after, int limit) {
        BigInteger txid = BigInteger.ZERO;
        long position = 0;
        if (after != null && !after.isEmpty()) {
            Matcher m = CURSOR.matcher(after);
            if (!m.matches() || new BigInteger(m.group(1)).bitLength() > 64) {
                throw new InvalidParameter("after", "'after' is a cursor from an earlier answer (nextCursor), like 812-40, not '"
                        + (after.length() > 40 ? after.substring(0, 40) + "…" : after) + "'");
            }
            txid = new BigInteger(m.group(1));
            position = Long.parseLong(m.group(2));
        }
        List<LedgerChange> page = changes.after(regionId, memberId, txid, position, limit);
        Map<UUID, LedgerLine> byId = page.isEmpty() ? Map.of()
                : lines.list("id in ?1", page.stream().map(LedgerChange::lineId).distinct().toList()).stream()
                        .collect(Collectors.toMap(l -> l.id, Function.identity()));
        String next = page.isEmpty() ? (after == null || after.isEmpty() ? "0-0" : after) : page.get(page.size() - 1).cursor();
        return new Page(page.stream().map(c -> new Change(c, byId.get(c.lineId()))).toList(), next);
    }
}
