package de.dienstleistungspool.e2e;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import de.dienstleistungspool.e2e.stack.Api;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;

/**
 * Runs the "First booking in five calls" block of README.md as it stands, step by step in one bash against the stack,
 * and checks what it promises: the nearest offer booked, confirmed by its owner, and in the owner's iCal feed. Runs
 * first, while the demo county's offers are the only ones near Wanfried.
 */
@Order(0)
class FirstBookingTest extends StackTest {

    private static final String HEADING = "## First booking in five calls";
    /** The steps the section promises, in order: the README's comments {@code # 1. token: ...} and so on. */
    private static final List<String> STEPS = List.of("token", "search", "book", "confirm", "feed URL");
    private static final Pattern STEP = Pattern.compile("(?m)^# (\\d)\\. ([^:]+):");
    private static final Pattern UUID = Pattern.compile("[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}");

    @Test
    void theReadmesFiveCallsBookAndConfirmTheNearestOfferAndGiveAWorkingFeedUrl() throws Exception {
        List<String> parts = steps(readmeBlock());
        StringBuilder script = new StringBuilder(parts.get(0)); // the set-up lines before step 1
        for (int i = 1; i < parts.size(); i++) {
            script.append('\n').append(parts.get(i)).append("\necho \"::done ").append(i).append('"');
        }
        script.append("\necho \"::result $OFFER $BOOKING_ID $FEED\"\n");
        String output = run(script.toString());

        Map<String, String> result = result(output);
        assertTrue(output.contains("\"status\":\"CONFIRMED\""), "the confirm call answers CONFIRMED:\n" + output);
        String feed = result.get("feed");
        assertTrue(output.contains("\n" + feed + "\n"), "step 5 prints the feed URL:\n" + output);
        assertTrue(feed.startsWith(STACK.service("pool").url("/calendar/members/" + ESCHWEGE + ".ics?token=")), output);

        Api.Reply booking = API.get("booking", "/bookings/" + result.get("booking"), API.token("wanfried-dispatcher"));
        assertEquals(200, booking.status(), booking.toString());
        assertEquals(result.get("offer"), booking.json().get("offerId").asText());
        assertEquals(WANFRIED, booking.json().get("consumerMemberId").asText());
        assertEquals(ESCHWEGE, booking.json().get("providerMemberId").asText(), "the nearest flushing service is Eschwege's");
        assertEquals("CONFIRMED", booking.json().get("status").asText());
        await("the booking in the owner's feed", Duration.ofSeconds(30), () -> {
            Api.Reply ics = API.call("pool", "GET", feed.substring(feed.indexOf("/calendar")), null, null, null);
            return ics.status() == 200 && ics.body().contains("UID:" + result.get("booking")) ? ics : null;
        });
    }

    /** Runs the script with bash (-euo pipefail) against this stack; fails naming the step that broke. */
    private static String run(String script) throws IOException, InterruptedException {
        ProcessBuilder bash = new ProcessBuilder("bash", "-euo", "pipefail", "-c", script).redirectErrorStream(true);
        bash.environment().put("MUNICIPALITY", STACK.service("municipality").url(""));
        bash.environment().put("POOL", STACK.service("pool").url(""));
        bash.environment().put("BOOKING", STACK.service("booking").url(""));
        Process process = bash.start();
        assertTrue(process.waitFor(120, TimeUnit.SECONDS), "the README's calls finish within two minutes");
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        if (process.exitValue() != 0) {
            int done = 0;
            for (int i = 1; i <= STEPS.size(); i++) {
                done = output.contains("::done " + i + "\n") ? i : done;
            }
            throw new AssertionError("README step " + (done + 1) + " (" + (done < STEPS.size() ? STEPS.get(done) : "end")
                    + ") failed with exit code " + process.exitValue() + ":\n" + output);
        }
        return output;
    }

    /** The offer, booking and feed URL the block ends with (its variables OFFER, BOOKING_ID, FEED). */
    private static Map<String, String> result(String output) {
        int at = output.lastIndexOf("::result ");
        assertTrue(at >= 0, output);
        String[] values = output.substring(at + "::result ".length()).strip().split(" ");
        assertEquals(3, values.length, "offer, booking and feed are set: " + output);
        assertTrue(UUID.matcher(values[0]).matches(), "the search found an offer: " + output);
        assertTrue(UUID.matcher(values[1]).matches(), "the booking has an id: " + output);
        return Map.of("offer", values[0], "booking", values[1], "feed", values[2]);
    }

    /** The block cut at its numbered step comments: the set-up before step 1, then the five steps in order. */
    static List<String> steps(String block) {
        Matcher step = STEP.matcher(block);
        List<String> parts = new ArrayList<>();
        int from = 0;
        while (step.find()) {
            assertTrue(parts.size() < STEPS.size(), "the README block has no step after " + STEPS + ": " + step.group());
            assertEquals(parts.size() + 1 + "", step.group(1), "README steps are numbered 1 to 5 in order: " + step.group());
            assertEquals(STEPS.get(parts.size()), step.group(2).strip(), "README step " + step.group(1));
            parts.add(block.substring(from, step.start()));
            from = step.start();
        }
        parts.add(block.substring(from));
        assertEquals(STEPS.size() + 1, parts.size(), "the README block has the five steps " + STEPS);
        return parts;
    }

    /** The first bash block after the section heading, exactly as README.md shows it. */
    static String readmeBlock() throws IOException {
        String readme = Files.readString(Path.of(System.getProperty("e2e.root", "../..")).resolve("README.md"));
        int section = readme.indexOf(HEADING);
        assertTrue(section >= 0, "README.md has the section '" + HEADING + "'");
        int start = readme.indexOf("```bash\n", section) + "```bash\n".length();
        return readme.substring(start, readme.indexOf("\n```", start));
    }
}
