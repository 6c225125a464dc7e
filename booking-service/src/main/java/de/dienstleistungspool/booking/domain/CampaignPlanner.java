package de.dienstleistungspool.booking.domain;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * Distributes the county's flushing sites over the vehicles' free job days: at most one job per vehicle and day, at
 * most its capacity per day, the nearest vehicle of the sector first, in the preferred months first; sites take turns
 * day by day, so scarce days are shared rather than given to whoever posted first. What finds no vehicle or day is a
 * shortfall. Pure: the caller brings the free days and books the result.
 */
public final class CampaignPlanner {

    /** One site of a demand to be planned. */
    public record SiteDemand(UUID demandId, UUID memberId, String site, double latitude, double longitude,
                             BigDecimal quantity, QuantityUnit unit, SettlementMode settlementMode, List<Integer> months) {
    }

    /** A flushing offer of the sector with the job days still free for it. */
    public record Vehicle(Offer offer, List<JobDays.Window> freeDays) {
    }

    /** A day's job: the site, the vehicle, the day and how much of the site it does. */
    public record Placement(SiteDemand site, Offer offer, JobDays.Window day, BigDecimal quantity, double distanceKm) {
    }

    /** What could not be placed for a site. */
    public record Shortfall(SiteDemand site, BigDecimal quantity, String reason, String detail) {
    }

    public record Plan(List<Placement> placements, List<Shortfall> shortfalls) {
    }

    private CampaignPlanner() {
    }

    public static Plan plan(List<SiteDemand> sites, List<Vehicle> vehicles) {
        Map<Vehicle, List<JobDays.Window>> free = new IdentityHashMap<>();
        vehicles.forEach(v -> free.put(v, new ArrayList<>(v.freeDays())));
        Map<SiteDemand, List<Vehicle>> candidates = new LinkedHashMap<>();
        Map<SiteDemand, BigDecimal> remaining = new LinkedHashMap<>();
        List<Shortfall> shortfalls = new ArrayList<>();
        for (SiteDemand s : sites) {
            List<Vehicle> fit = vehicles.stream().filter(v -> fits(v.offer(), s))
                    .sorted(Comparator.comparingDouble(v -> distanceKm(v.offer(), s))).toList();
            if (fit.isEmpty()) {
                shortfalls.add(new Shortfall(s, s.quantity(), "no-provider", "No flushing offer of the region serves this"
                        + " sector in " + s.unit() + " with settlement " + s.settlementMode() + " and capacity per day"));
            } else {
                candidates.put(s, fit);
                remaining.put(s, s.quantity());
            }
        }
        List<Placement> placements = new ArrayList<>();
        while (!remaining.isEmpty()) {
            for (SiteDemand s : List.copyOf(remaining.keySet())) {
                Placement p = nextDay(s, candidates.get(s), free);
                if (p == null) {
                    shortfalls.add(new Shortfall(s, remaining.remove(s), "no-capacity",
                            "No suitable flushing vehicle has a free day left in the year"));
                    continue;
                }
                BigDecimal capacity = p.offer().capacityPerDay;
                BigDecimal done = remaining.get(s).min(capacity);
                placements.add(new Placement(s, p.offer(), p.day(), done, p.distanceKm()));
                BigDecimal left = remaining.get(s).subtract(done);
                if (left.signum() > 0) {
                    remaining.put(s, left);
                } else {
                    remaining.remove(s);
                }
            }
        }
        return new Plan(placements, shortfalls);
    }

    /** The earliest free day of the nearest vehicle, in a preferred month if any vehicle has one, taken from the free days. */
    private static Placement nextDay(SiteDemand s, List<Vehicle> vehicles, Map<Vehicle, List<JobDays.Window>> free) {
        for (boolean preferred : new boolean[] {true, false}) {
            for (Vehicle v : vehicles) {
                List<JobDays.Window> days = free.get(v);
                for (int i = 0; i < days.size(); i++) {
                    if (s.months().contains(days.get(i).month()) == preferred) {
                        return new Placement(s, v.offer(), days.remove(i), null, distanceKm(v.offer(), s));
                    }
                }
            }
        }
        return null;
    }

    private static boolean fits(Offer o, SiteDemand s) {
        return o.unit == s.unit() && o.accepts(s.settlementMode()) && !o.ownerMemberId.equals(s.memberId());
    }

    /** Great-circle distance from the offer's depot to the site; an offer without a known depot counts as farthest. */
    public static double distanceKm(Offer o, SiteDemand s) {
        if (o.latitude == null || o.longitude == null) {
            return Double.MAX_VALUE;
        }
        double dLat = Math.toRadians(s.latitude() - o.latitude);
        double dLon = Math.toRadians(s.longitude() - o.longitude);
        double a = Math.pow(Math.sin(dLat / 2), 2) + Math.cos(Math.toRadians(o.latitude))
                * Math.cos(Math.toRadians(s.latitude())) * Math.pow(Math.sin(dLon / 2), 2);
        return 6371.0 * 2 * Math.asin(Math.min(1, Math.sqrt(a)));
    }
}
