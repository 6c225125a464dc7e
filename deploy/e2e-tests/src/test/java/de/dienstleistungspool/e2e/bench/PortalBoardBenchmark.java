package de.dienstleistungspool.e2e.bench;

import com.fasterxml.jackson.databind.JsonNode;
import de.dienstleistungspool.e2e.stack.Api;
import de.dienstleistungspool.e2e.stack.Db;
import de.dienstleistungspool.e2e.stack.E2eStack;
import de.dienstleistungspool.testinfra.bench.BenchmarkDoc;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.sql.Connection;
import java.sql.Statement;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.TemporalAdjusters;
import java.util.Base64;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The portal's county board under measurement: the page as a signed-in works staff member gets it (sign-in cookie,
 * the portal renders 100 rows by 7 days from one {@code /board} call), and the same page's REST call to pool-service
 * sent raw with the same person's token, alternating in the same run; first for the demo county (68 offers), then
 * after loading the county up to 2,000 offers with set-based SQL (busy periods and blackouts included). Prints
 * p50/p95/p99 in milliseconds of sequential requests over loopback (one client, so each figure is the servers' time
 * plus a loopback round trip). Run: {@code deploy/bench.sh portal}.
 */
public final class PortalBoardBenchmark {

    static final String REGION = "00000000-0000-4000-a000-000000000001";
    static final int WARMUP = Integer.getInteger("bench.warmup", 40);
    static final int N = Integer.getInteger("bench.n", 200);
    private static final HttpClient HTTP = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER)
            .version(HttpClient.Version.HTTP_1_1).build();
    private static final Pattern COOKIE = Pattern.compile("(dlp_session|dlp_csrf)=([^;]*)");

    private final E2eStack stack;
    private final java.util.Map<String, String> cookies = new java.util.TreeMap<>();
    private final String monday = LocalDate.now(ZoneId.of("Europe/Berlin")).plusWeeks(1)
            .with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY)).toString();

    private PortalBoardBenchmark(E2eStack stack) {
        this.stack = stack;
    }

    public static void main(String[] args) throws Exception {
        String loadBefore = BenchmarkDoc.load();
        long t0 = System.nanoTime();
        PortalBoardBenchmark bench = new PortalBoardBenchmark(E2eStack.get());
        bench.signIn("works-staff@eschwege.demo");
        StringBuilder out = new StringBuilder("""
                ## The portal's county board (`PortalBoardBenchmark`)

                `PortalBoardBenchmark` (deploy/e2e-tests, `bench/`) starts the e2e stack (all services and the portal),
                signs in as `works-staff@eschwege.demo` through the sign-in form, and requests the board page of next week
                (`GET /verfuegbarkeit`, 100 rows by 7 days) alternating with the same page's one REST call sent raw
                (`GET /board?…&size=100` to pool-service with the same person's token, read from the cookie), one client,
                over loopback; first for the demo county, then after loading the county up to 2,000 offers with set-based
                SQL (nine 8-hour bookings per offer around the week, a blackout for every tenth offer). The raw REST call is
                the baseline: the page's cost above it is the portal's own work.

                """);
        out.append(BenchmarkDoc.machine(loadBefore)).append(" Week of ").append(bench.monday).append(", ").append(N)
                .append(" measured pairs after ").append(WARMUP).append(" warm-up pairs.\n\n")
                .append("| county | request | n | p50 ms | p95 ms | p99 ms |\n|---|---|---:|---:|---:|---:|\n");
        bench.measure("demo county, " + bench.offers() + " offers", out);
        bench.loadOffersUpTo(2000);
        bench.measure("county with " + bench.offers() + " offers", out);
        out.append(String.format("%nLoad average at the end: %s; the whole run (stack start included) took %.0f s.%n",
                BenchmarkDoc.load(), (System.nanoTime() - t0) / 1e9));
        out.append("\n```\ndeploy/bench.sh portal   # options: -Dbench.n=200 -Dbench.warmup=40\n```\n");
        BenchmarkDoc.write("PortalBoardBenchmark", out.toString());
        System.exit(0);
    }

    private void measure(String county, StringBuilder out) {
        Stats page = new Stats();
        Stats raw = new Stats();
        for (int i = 0; i < WARMUP + N; i++) {
            long p = Stats.time(this::boardPage);
            long r = Stats.time(this::boardRest);
            if (i >= WARMUP) {
                page.add(p);
                raw.add(r);
            }
        }
        row(out, county, "portal page GET /verfuegbarkeit (HTML, 100 rows)", page);
        row(out, county, "its REST call raw: pool GET /board (JSON, 100 rows)", raw);
        System.out.print(out);
    }

    private static void row(StringBuilder out, String county, String what, Stats s) {
        out.append(String.format(java.util.Locale.ROOT, "| %s | %s | %d | %.1f | %.1f | %.1f |%n", county, what,
                s.count(), s.p50(), s.p(95), s.p99()));
    }

    private void boardPage() {
        HttpResponse<String> r = send(HttpRequest.newBuilder(URI.create(stack.portalUrl() + "/verfuegbarkeit?ab=" + monday))
                .header("Cookie", cookieHeader()).GET().build());
        if (r.statusCode() != 200 || !r.body().contains("<table class=\"board\"")) {
            throw new IllegalStateException("board page: " + r.statusCode() + " " + r.body().substring(0, Math.min(300, r.body().length())));
        }
    }

    private void boardRest() {
        LocalDate from = LocalDate.parse(monday);
        ZoneId berlin = ZoneId.of("Europe/Berlin");
        String url = stack.service("pool").url("/board?from=" + from.atStartOfDay(berlin).toInstant() + "&to="
                + from.plusDays(7).atStartOfDay(berlin).toInstant() + "&page=0&size=100");
        HttpResponse<String> r = send(HttpRequest.newBuilder(URI.create(url))
                .header("Authorization", "Bearer " + accessToken()).GET().build());
        if (r.statusCode() != 200) {
            throw new IllegalStateException("board REST: " + r.statusCode() + " " + r.body());
        }
    }

    /** The person's access token, read from the portal's cookie (the portal renews it; the benchmark follows). */
    private String accessToken() {
        try {
            byte[] in = Base64.getUrlDecoder().decode(cookies.get("dlp_session"));
            javax.crypto.Cipher cipher = javax.crypto.Cipher.getInstance("AES/GCM/NoPadding");
            cipher.init(javax.crypto.Cipher.DECRYPT_MODE, new javax.crypto.spec.SecretKeySpec(
                    Base64.getDecoder().decode(stack.portalSessionKey()), "AES"),
                    new javax.crypto.spec.GCMParameterSpec(128, in, 0, 12));
            cipher.updateAAD("dlp_session".getBytes(java.nio.charset.StandardCharsets.US_ASCII));
            JsonNode session = Api.JSON.readTree(cipher.doFinal(in, 12, in.length - 12));
            return session.get("accessToken").asText();
        } catch (Exception e) {
            throw new IllegalStateException("cannot open the session cookie", e);
        }
    }

    private void signIn(String email) {
        HttpResponse<String> form = send(HttpRequest.newBuilder(URI.create(stack.portalUrl() + "/anmelden")).GET().build());
        Matcher token = Pattern.compile("name=\"csrf-token\" value=\"([^\"]+)\"").matcher(form.body());
        if (!token.find()) {
            throw new IllegalStateException("no CSRF token on the sign-in page");
        }
        String body = "csrf-token=" + Api.enc(token.group(1)) + "&email=" + Api.enc(email) + "&passwort=demo-secret&weiter=%2F";
        HttpResponse<String> r = send(HttpRequest.newBuilder(URI.create(stack.portalUrl() + "/anmelden"))
                .header("Cookie", cookieHeader()).header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(body)).build());
        if (r.statusCode() != 303 || !cookies.containsKey("dlp_session")) {
            throw new IllegalStateException("sign-in failed: " + r.statusCode() + " " + r.body());
        }
    }

    private long offers() {
        return new Db(stack).count("pool", "select count(*) from offer where region_id = ?::uuid and status = 'ACTIVE'", REGION);
    }

    /** Adds offers to the demo county until it has {@code total}, at its members' depots, each with busy periods. */
    private void loadOffersUpTo(int total) throws Exception {
        long missing = total - offers();
        try (Connection c = new Db(stack).connect("pool"); Statement s = c.createStatement()) {
            s.execute("""
                    insert into offer (id, owner_member_id, region_id, kind, category, title, sectors, depot_name, latitude,
                        longitude, unit, buffer_minutes, settlement_modes, auto_confirm, status, qualifications, capacity_per_day)
                    select md5('bench-offer' || i)::uuid, d.member_id, '%1$s',
                           (array['EQUIPMENT', 'EQUIPMENT', 'SERVICE'])[1 + i %% 3],
                           (array['SEWER_TV_CAMERA', 'MOBILE_PUMP', 'EMERGENCY_GENERATOR', 'LEAK_DETECTOR', 'SEWER_FLUSHING'])[1 + i %% 5],
                           'Messangebot ' || i,
                           case i %% 3 when 0 then array['WATER_SUPPLY'] when 1 then array['WASTEWATER'] else array['WATER_SUPPLY', 'WASTEWATER'] end,
                           d.name, d.latitude + (random() - 0.5) * 0.02, d.longitude + (random() - 0.5) * 0.02,
                           case when i %% 3 = 2 then 'HOUR' else 'DAY' end, (i %% 4) * 30,
                           array['MONETARY', 'NON_MONETARY'], false, 'ACTIVE', '{}', case when i %% 3 = 2 then 8 else null end
                    from generate_series(1, %2$d) i
                    join lateral (select md.member_id, md.name, md.latitude, md.longitude from member_depot md
                                  order by md.depot_id offset (i %% 19) limit 1) d on true
                    """.formatted(REGION, missing));
            // one offer's busy periods lie in its own days of each week around the measured one, so they never overlap
            s.execute("""
                    insert into busy_period (booking_id, offer_id, region_id, provider_member_id, consumer_member_id, status,
                        status_rank, terminal, start_at, end_at, buffer_minutes, occupied_until, offer_title, occurred_at, event_id)
                    select md5(o.id::text || j)::uuid, o.id, o.region_id, o.owner_member_id, o.owner_member_id, 'CONFIRMED', 2,
                           false, b.s, b.s + interval '8 hours', 0, b.s + interval '8 hours', o.title, now(), md5('ev' || o.id::text || j)::uuid
                    from offer o cross join generate_series(-4, 4) j
                    cross join lateral (select date_trunc('week', timestamptz '%1$s') + j * interval '7 days'
                                               + (abs(hashtext(o.id::text)) %% 5) * interval '1 day' + interval '6 hours' as s) b
                    where o.title like 'Messangebot %%'
                    """.formatted(monday));
            s.execute("""
                    insert into blackout (id, offer_id, start_at, end_at, reason, created_by)
                    select md5('bench-blackout' || o.id::text)::uuid, o.id, timestamptz '%1$s' + interval '5 days',
                           timestamptz '%1$s' + interval '6 days', 'Wartung', 'bench'
                    from offer o where o.title like 'Messangebot %%' and abs(hashtext(o.id::text)) %% 10 = 0
                    """.formatted(monday));
            s.execute("analyze offer");
            s.execute("analyze busy_period");
            s.execute("analyze blackout");
        }
    }

    private String cookieHeader() {
        StringBuilder h = new StringBuilder();
        cookies.forEach((k, v) -> h.append(h.length() == 0 ? "" : "; ").append(k).append('=').append(v));
        return h.toString();
    }

    private HttpResponse<String> send(HttpRequest request) {
        try {
            HttpResponse<String> r = HTTP.send(request, HttpResponse.BodyHandlers.ofString());
            for (String set : r.headers().allValues("Set-Cookie")) {
                Matcher m = COOKIE.matcher(set);
                if (m.lookingAt()) {
                    if (m.group(2).isEmpty()) {
                        cookies.remove(m.group(1));
                    } else {
                        cookies.put(m.group(1), m.group(2));
                    }
                }
            }
            return r;
        } catch (Exception e) {
            throw new IllegalStateException(request.uri() + ": " + e, e);
        }
    }
}
