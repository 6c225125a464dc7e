package de.dienstleistungspool.portal.pages;

import de.dienstleistungspool.portal.clients.OfferAdminApi;
import de.dienstleistungspool.portal.clients.PoolApi;
import jakarta.ws.rs.FormParam;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * The fields of the offer form (create and edit, German names) and the complete request to pool-service they make;
 * an edit sends everything, because pool-service replaces the offer's content. Unreadable numbers and periods become
 * a German message instead of a call.
 */
public class OfferForm {

    @FormParam("art")
    public String kind;

    @FormParam("kategorie")
    public String category;

    @FormParam("titel")
    public String title;

    @FormParam("beschreibung")
    public String description;

    @FormParam("sparten")
    public List<String> sectors;

    @FormParam("standort")
    public String depot;

    @FormParam("einheit")
    public String unit;

    @FormParam("ruestzeit")
    public String bufferMinutes;

    @FormParam("abrechnung")
    public List<String> settlementModes;

    @FormParam("sofort")
    public String autoConfirm;

    @FormParam("zustand")
    public String conditionNotes;

    @FormParam("qualifikation")
    public String requiredQualification;

    @FormParam("qualifikationen")
    public String qualifications;

    @FormParam("kapazitaet")
    public String capacityPerDay;

    @FormParam("fenster-von")
    public List<String> windowStarts;

    @FormParam("fenster-bis")
    public List<String> windowEnds;

    @FormParam("zeiten")
    public List<String> hours;

    @FormParam("rund-um-die-uhr")
    public String aroundTheClock;

    @FormParam("schluessel")
    public String key;

    /** The request, or the code of the German refusal ({@code msg:refusal}) when a field cannot be read. */
    public Result request(OfferValues.Place currentPlace) {
        Optional<Integer> buffer = whole(bufferMinutes);
        if (buffer.isEmpty()) {
            return Result.refused("invalid-buffer");
        }
        BigDecimal capacity = null;
        if (capacityPerDay != null && !capacityPerDay.isBlank()) {
            capacity = Numbers.parse(capacityPerDay);
            if (capacity == null) {
                return Result.refused("invalid-capacity");
            }
        }
        List<PoolApi.Period> windows = new ArrayList<>();
        int n = Math.max(size(windowStarts), size(windowEnds));
        for (int i = 0; i < n; i++) {
            String from = at(windowStarts, i);
            String to = at(windowEnds, i);
            if (from.isBlank() && to.isBlank()) {
                continue;
            }
            var start = Times.parse(from);
            var end = Times.parse(to);
            if (start.isEmpty() || end.isEmpty()) {
                return Result.refused("invalid-window");
            }
            windows.add(new PoolApi.Period(start.get(), end.get()));
        }
        List<PoolApi.Hours> bookableHours = "ja".equals(aroundTheClock)
                ? List.of(new PoolApi.Hours(java.util.Arrays.stream(java.time.DayOfWeek.values()).map(Enum::name).toList(),
                        WorkingHours.ALL_DAY_FROM, WorkingHours.ALL_DAY_TO))
                : WorkingHours.parse(hours).orElse(null);
        if (bookableHours == null) {
            return Result.refused("invalid-hours");
        }
        String kindCode = Params.orNull(Params.code(kind));
        return new Result(new OfferAdminApi.OfferRequest(kindCode, Params.code(category), text(title), text(description),
                codes(sectors), depotRef(currentPlace), Params.code(unit), buffer.get(), codes(settlementModes),
                "ja".equals(autoConfirm), text(conditionNotes), text(requiredQualification), lines(qualifications),
                capacity, "STAFF_STANDBY".equals(kindCode) ? windows : (windows.isEmpty() ? null : windows), bookableHours), null);
    }

    /** The form's request to pool-service, or the refusal code of a field that could not be read. */
    public record Result(OfferAdminApi.OfferRequest request, String refusal) {
        static Result refused(String code) {
            return new Result(null, code);
        }
    }

    /** The Idempotency-Key the form was rendered with. */
    public String idempotencyKey() {
        return new BookingForm.KeyOf(key).value();
    }

    private OfferAdminApi.DepotRef depotRef(OfferValues.Place currentPlace) {
        if (depot != null && depot.equals(OfferValues.CURRENT_PLACE) && currentPlace != null) {
            return new OfferAdminApi.DepotRef(null, currentPlace.name(), currentPlace.latitude(), currentPlace.longitude());
        }
        try {
            return new OfferAdminApi.DepotRef(UUID.fromString(depot == null ? "" : depot.strip()), null, null, null);
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    private static Optional<Integer> whole(String value) {
        if (value == null || value.isBlank()) {
            return Optional.of(0);
        }
        try {
            int n = Integer.parseInt(value.strip());
            return n < 0 ? Optional.empty() : Optional.of(n);
        } catch (NumberFormatException e) {
            return Optional.empty();
        }
    }

    private static List<String> codes(List<String> values) {
        return values == null ? List.of() : values.stream().map(Params::code).filter(c -> !c.isEmpty()).distinct().toList();
    }

    private static List<String> lines(String value) {
        return value == null ? List.of() : value.lines().map(String::strip).filter(l -> !l.isEmpty()).toList();
    }

    private static String text(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }

    private static int size(List<String> list) {
        return list == null ? 0 : list.size();
    }

    private static String at(List<String> list, int i) {
        return list == null || i >= list.size() || list.get(i) == null ? "" : list.get(i);
    }
}
