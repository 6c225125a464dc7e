package de.dienstleistungspool.portal.pages;

import de.dienstleistungspool.portal.clients.MunicipalityApi;
import de.dienstleistungspool.portal.clients.PoolApi;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

/**
 * What the offer form shows: a new offer's defaults, an existing offer's content, or what the person typed before
 * a refusal, as the strings and choices of the form's fields.
 */
public record OfferValues(String kind, String category, String title, String description, List<String> sectors,
        String depot, Place currentPlace, String unit, String bufferMinutes, List<String> settlementModes,
        boolean autoConfirm, String conditionNotes, String requiredQualification, String qualifications,
        String capacityPerDay, List<Window> windows, boolean aroundTheClock, List<WorkingHours.Day> hours) {

    /** The value of the depot choice "where the offer stands now" (a place that is none of the member's depots). */
    static final String CURRENT_PLACE = "bisher";
    static final int EMPTY_WINDOWS = 2;

    /** Where an offer stands when that is none of the member's depots. */
    public record Place(String name, BigDecimal latitude, BigDecimal longitude) {
    }

    /** A bookable window of a staff standby as two date-time inputs. */
    public record Window(String from, String to) {
    }

    /** A new offer: equipment at the member's first depot, lent per day, both settlement modes. */
    static OfferValues fresh(List<MunicipalityApi.Depot> depots) {
        String depot = depots.isEmpty() ? "" : depots.get(0).id().toString();
        return new OfferValues("EQUIPMENT", "", "", "", List.of(), depot, null, "DAY", "0",
                List.of("MONETARY", "NON_MONETARY"), false, "", "", "", "", withEmptyRows(new ArrayList<>()), true,
                WorkingHours.days(null));
    }

    /** An existing offer; its depot is chosen by name and place, else kept as "where it stands now". */
    static OfferValues of(PoolApi.Offer o, List<MunicipalityApi.Depot> depots) {
        String depot = depots.stream().filter(d -> d.name().equals(o.depot().name())
                        && Math.abs(d.latitude().doubleValue() - o.depot().latitude()) < 1e-6
                        && Math.abs(d.longitude().doubleValue() - o.depot().longitude()) < 1e-6)
                .map(d -> d.id().toString()).findFirst().orElse(CURRENT_PLACE);
        List<Window> windows = new ArrayList<>();
        if (o.windows() != null) {
            o.windows().forEach(w -> windows.add(new Window(Times.input(w.start()), Times.input(w.end()))));
        }
        return new OfferValues(o.kind(), o.category(), o.title(), o.description() == null ? "" : o.description(),
                o.sectors(), depot, place(o), o.unit(), Integer.toString(o.bufferMinutes()), o.settlementModes(),
                o.autoConfirm(), orEmpty(o.conditionNotes()), orEmpty(o.requiredQualification()),
                o.qualifications() == null ? "" : String.join("\n", o.qualifications()),
                o.capacityPerDay() == null ? "" : Numbers.de(o.capacityPerDay()), withEmptyRows(windows),
                WorkingHours.aroundTheClock(o.bookableHours()), WorkingHours.days(o.bookableHours()));
    }

    /** What the person sent, shown again with the refusal. */
    static OfferValues typed(OfferForm f, String kind, Place currentPlace) {
        List<Window> windows = new ArrayList<>();
        int n = f.windowStarts == null ? 0 : f.windowStarts.size();
        for (int i = 0; i < n; i++) {
            String to = f.windowEnds != null && i < f.windowEnds.size() ? f.windowEnds.get(i) : "";
            if (!f.windowStarts.get(i).isBlank() || !to.isBlank()) {
                windows.add(new Window(f.windowStarts.get(i), to));
            }
        }
        return new OfferValues(kind, orEmpty(f.category), orEmpty(f.title), orEmpty(f.description),
                f.sectors == null ? List.of() : f.sectors, orEmpty(f.depot), currentPlace, orEmpty(f.unit),
                orEmpty(f.bufferMinutes), f.settlementModes == null ? List.of() : f.settlementModes,
                "ja".equals(f.autoConfirm), orEmpty(f.conditionNotes), orEmpty(f.requiredQualification),
                orEmpty(f.qualifications), orEmpty(f.capacityPerDay), withEmptyRows(windows), "ja".equals(f.aroundTheClock),
                WorkingHours.typed(f.hours));
    }

    static Place place(PoolApi.Offer o) {
        return new Place(o.depot().name(), BigDecimal.valueOf(o.depot().latitude()), BigDecimal.valueOf(o.depot().longitude()));
    }

    private static List<Window> withEmptyRows(List<Window> windows) {
        for (int i = 0; i < EMPTY_WINDOWS; i++) {
            windows.add(new Window("", ""));
        }
        return windows;
    }

    private static String orEmpty(String s) {
        return s == null ? "" : s;
    }
}
