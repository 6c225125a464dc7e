package de.dienstleistungspool.e2e;

import static org.junit.jupiter.api.Assertions.fail;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * Defects the sweeps found in the services and that are reported but not fixed yet, listed in
 * {@code known-defects.txt} (one regular expression per line, {@code <sweep>: <regex>}): the sweep fails on any
 * violation not listed and on a listed one that no longer occurs, so the list shrinks as the services are fixed.
 */
final class KnownDefects {

    private KnownDefects() {
    }

    static void assertOnlyKnown(String sweep, List<String> violations) {
        List<String> known = known(sweep);
        List<String> unexpected = violations.stream().filter(v -> known.stream().noneMatch(v::matches)).toList();
        List<String> fixed = known.stream().filter(k -> !optional(sweep).contains(k))
                .filter(k -> violations.stream().noneMatch(v -> v.matches(k))).toList();
        if (!unexpected.isEmpty() || !fixed.isEmpty()) {
            fail(sweep + ": " + unexpected.size() + " new violations " + unexpected
                    + "; listed as known but no longer seen (remove from known-defects.txt): " + fixed);
        }
    }

    /** Lines written {@code <sweep>: ?<regex>}: defects that show only when a fault hits at the wrong moment. */
    static List<String> optional(String sweep) {
        return lines(sweep).stream().filter(l -> l.startsWith("?")).map(l -> l.substring(1)).toList();
    }

    static List<String> known(String sweep) {
        return lines(sweep).stream().map(l -> l.startsWith("?") ? l.substring(1) : l).toList();
    }

    private static List<String> lines(String sweep) {
        List<String> out = new ArrayList<>();
        try (InputStream in = KnownDefects.class.getResourceAsStream("/known-defects.txt")) {
            if (in == null) {
                return out;
            }
            for (String line : new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n")) {
                if (line.startsWith(sweep + ": ")) {
                    out.add(line.substring(sweep.length() + 2).trim());
                }
            }
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
        return out;
    }
}
