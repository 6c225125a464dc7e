package de.dienstleistungspool.portal.pages;

import de.dienstleistungspool.portal.clients.CoordinationApi;
import jakarta.ws.rs.FormParam;
import java.math.BigDecimal;
import java.util.List;

/** The fields of the form that admits a member (German names), and the request to municipality-service they make. */
public class MemberForm {

    @FormParam("name")
    public String name;

    @FormParam("art")
    public String kind;

    @FormParam("sparten")
    public List<String> sectors;

    @FormParam("leitweg")
    public String leitwegId;

    @FormParam("email")
    public String email;

    @FormParam("telefon")
    public String phone;

    @FormParam("strasse")
    public String street;

    @FormParam("plz")
    public String postalCode;

    @FormParam("ort")
    public String city;

    @FormParam("bauhof")
    public String depotName;

    @FormParam("breite")
    public String latitude;

    @FormParam("laenge")
    public String longitude;

    @FormParam("verwaltung-name")
    public String adminName;

    @FormParam("verwaltung-email")
    public String adminEmail;

    @FormParam("schluessel")
    public String key;

    /** The request, or null when the coordinates cannot be read. */
    public CoordinationApi.NewMember request() {
        CoordinationApi.Address address = street == null && postalCode == null && city == null ? null
                : new CoordinationApi.Address(text(street), text(postalCode), text(city));
        List<CoordinationApi.NewDepot> depots = List.of();
        if (text(depotName) != null || text(latitude) != null || text(longitude) != null) {
            BigDecimal lat = Numbers.parse(latitude);
            BigDecimal lon = Numbers.parse(longitude);
            if (lat == null || lon == null) {
                return null;
            }
            depots = List.of(new CoordinationApi.NewDepot(text(depotName), lat, lon, address));
        }
        CoordinationApi.FirstAdmin admin = text(adminName) == null && text(adminEmail) == null ? null
                : new CoordinationApi.FirstAdmin(text(adminName), text(adminEmail));
        return new CoordinationApi.NewMember(text(name), Params.orNull(Params.code(kind)),
                sectors == null ? List.of() : sectors.stream().map(Params::code).filter(s -> !s.isEmpty()).toList(),
                text(leitwegId), text(email), text(phone), address, depots, admin);
    }

    public String idempotencyKey() {
        return new BookingForm.KeyOf(key).value();
    }

    private static String text(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }
}
