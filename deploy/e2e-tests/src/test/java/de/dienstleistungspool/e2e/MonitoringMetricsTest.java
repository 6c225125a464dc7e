package de.dienstleistungspool.e2e;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import de.dienstleistungspool.e2e.stack.Api;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;

/**
 * Every metric that an alert rule or a dashboard of {@code deploy/monitoring} names is exported by a running service
 * of the stack at {@code /q/metrics}, with the {@code service} tag the rules group by, so no alert waits in vain for a
 * series that does not exist.
 */
@Order(2)
class MonitoringMetricsTest extends StackTest {

    static final Path MONITORING = Path.of(System.getProperty("e2e.root", "../..")).resolve("deploy/monitoring");
    static final List<String> SERVICES = List.of("municipality", "pool", "booking", "notification");

    /** PromQL words that are not metric names: operators, modifiers and the label lists of aggregations. */
    static final Set<String> KEYWORDS = Set.of("and", "or", "unless", "by", "without", "on", "ignoring", "group_left",
            "group_right", "bool", "offset", "inf", "nan");
    static final Pattern LABEL_MATCHERS = Pattern.compile("\\{[^}]*}");
    static final Pattern RANGES = Pattern.compile("\\[[^]]*]");
    static final Pattern STRINGS = Pattern.compile("\"[^\"]*\"");
    static final Pattern GROUPING = Pattern.compile("\\b(by|without|on|ignoring|group_left|group_right)\\s*\\([^)]*\\)");
    static final Pattern IDENTIFIER = Pattern.compile("[a-zA-Z_:][a-zA-Z0-9_:]*(?=\\s*(\\()?)");

    @Test
    void everyMetricOfTheAlertRulesAndDashboardsIsExportedByARunningService() throws IOException {
        Map<String, String> exported = exportedSeries();
        Map<String, Set<String>> named = namedMetrics();
        assertTrue(named.size() >= 15, "the rules and dashboards name the platform's metrics: " + named.keySet());
        List<String> missing = new ArrayList<>();
        named.forEach((metric, where) -> {
            if (!exported.containsKey(metric)) {
                missing.add(metric + " (named in " + where + ")");
            } else if (!exported.get(metric).contains("service=\"")) {
                missing.add(metric + " has no service tag: " + exported.get(metric));
            }
        });
        assertEquals(List.of(), missing, "metrics no running service exports");
    }

    @Test
    void theRulesNameTheIssuesFailuresAndEveryRuleHasASummary() throws IOException {
        JsonNode rules = new YAMLMapper().readTree(MONITORING.resolve("prometheus-rules.yaml").toFile());
        assertEquals("PrometheusRule", rules.path("kind").asText());
        Set<String> alerts = new TreeSet<>();
        for (JsonNode group : rules.path("spec").path("groups")) {
            for (JsonNode rule : group.path("rules")) {
                alerts.add(rule.path("alert").asText());
                assertTrue(!rule.path("annotations").path("summary").asText().isBlank(), rule.toString());
            }
        }
        assertTrue(alerts.containsAll(List.of("OutboxBacklog", "ConsumerLag", "DeadLetteredMessages",
                "WebhookDeliveriesFailing", "MailRetries", "ProjectionLag", "TokenEndpointThrottling")), alerts.toString());
    }

    /** Metric name to one exported sample line, over every service of the stack. */
    static Map<String, String> exportedSeries() {
        Map<String, String> series = new TreeMap<>();
        for (String service : SERVICES) {
            Api.Reply metrics = API.get(service, "/q/metrics", null);
            assertEquals(200, metrics.status(), service + ": " + metrics);
            for (String line : metrics.body().split("\n")) {
                if (!line.isBlank() && !line.startsWith("#")) {
                    series.putIfAbsent(line.split("[{ ]", 2)[0], line);
                }
            }
        }
        return series;
    }

    /** Each metric name the alert rules and the dashboards use, with where. */
    static Map<String, Set<String>> namedMetrics() throws IOException {
        Map<String, Set<String>> named = new TreeMap<>();
        JsonNode rules = new YAMLMapper().readTree(MONITORING.resolve("prometheus-rules.yaml").toFile());
        for (JsonNode group : rules.path("spec").path("groups")) {
            for (JsonNode rule : group.path("rules")) {
                metricsOf(rule.path("expr").asText()).forEach(m ->
                        named.computeIfAbsent(m, k -> new TreeSet<>()).add("alert " + rule.path("alert").asText()));
            }
        }
        try (Stream<Path> files = Files.list(MONITORING.resolve("dashboards"))) {
            for (Path file : files.filter(f -> f.toString().endsWith(".json")).sorted().toList()) {
                for (JsonNode target : new ObjectMapper().readTree(file.toFile()).findValues("targets")) {
                    for (JsonNode t : target) {
                        metricsOf(t.path("expr").asText()).forEach(m ->
                                named.computeIfAbsent(m, k -> new TreeSet<>()).add(file.getFileName().toString()));
                    }
                }
            }
        }
        return named;
    }

    /** The metric names of a PromQL expression: identifiers that are no function, keyword, label or number. */
    static Set<String> metricsOf(String expr) {
        String bare = STRINGS.matcher(expr).replaceAll("\"\"");
        bare = LABEL_MATCHERS.matcher(bare).replaceAll(" ");
        bare = RANGES.matcher(bare).replaceAll(" ");
        bare = GROUPING.matcher(bare).replaceAll(" ");
        Set<String> names = new TreeSet<>();
        Matcher m = IDENTIFIER.matcher(bare);
        while (m.find()) {
            String word = m.group();
            boolean function = m.group(1) != null;
            boolean number = m.start() > 0 && Character.isDigit(bare.charAt(m.start() - 1));
            if (!function && !number && !KEYWORDS.contains(word.toLowerCase())) {
                names.add(word);
            }
        }
        return names;
    }
}
