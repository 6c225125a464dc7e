package de.dienstleistungspool.stack;

import java.io.PrintStream;
import java.util.List;

/**
 * What a user needs once the stack is up: the portal's address and demo sign-ins, each service's Swagger UI and
 * OpenAPI document, the databases, the broker, where the mail goes and how to read it, how to get a demo token, the
 * start time and the memory it all holds.
 */
public final class StackSummary {

    /** The demo people of docs/DEMO.md worth trying first in the portal, and what they do. */
    static final String[][] DEMO_PEOPLE = {
        {"dispatcher@wanfried.demo", "Disposition Wanfried: sucht und bucht"},
        {"works-staff@eschwege.demo", "Bauhof Eschwege: bestätigt, gibt aus, erfasst Nutzung"},
        {"accounting@eschwege.demo", "Kämmerei Eschwege: Abrechnung"},
        {"coordinator@wmk.demo", "Koordination Werra-Meißner-Kreis"},
    };

    private final StackLayout layout;
    private final List<StackService> services;
    private final MailServer mail;

    public StackSummary(StackLayout layout, List<StackService> services, MailServer mail) {
        this.layout = layout;
        this.services = services;
        this.mail = mail;
    }

    public void print(double seconds, MemoryReport memory) {
        PrintStream out = System.out;
        out.printf("%nStack ready in %.1f s. %s%n%n", seconds, memory.summary());
        services.stream().filter(s -> !s.hasDatabase()).forEach(portal -> {
            out.printf("Portal      %s/   (log %s)%n", portal.baseUrl(), layout.root().relativize(layout.log(portal.name())));
            out.println("            sign in with password demo-secret as");
            for (String[] who : DEMO_PEOPLE) {
                out.printf("              %-28s %s%n", who[0], who[1]);
            }
        });
        out.println();
        out.println("Services (Swagger UI | OpenAPI | log):");
        for (StackService s : services.stream().filter(StackService::hasDatabase).toList()) {
            out.printf("  %-21s %s/q/swagger-ui   %s/q/openapi   %s%n", s.name(), s.baseUrl(), s.baseUrl(),
                    layout.root().relativize(layout.log(s.name())));
        }
        out.printf("%nPostgreSQL  jdbc:postgresql://localhost:%d/{%s}%n", layout.postgresPort(),
                String.join(",", StackPostgres.DATABASES));
        out.println("            each service logs in as <database>_app (data only), Flyway as <database>_owner,"
                + " password = user name; superuser postgres without password from localhost");
        out.printf("Kafka       localhost:%d  topics %s (%d partitions each)%n", layout.kafkaPort(),
                String.join(", ", KafkaBroker.TOPICS), KafkaBroker.PARTITIONS);
        out.printf("            SASL only: each service signs in as itself (SCRAM-SHA-512, rights of KafkaRights);"
                + " the administrator's client settings: %s%n",
                layout.root().relativize(layout.kafkaDir().resolve(KafkaLogins.ADMIN_CLIENT_FILE)));
        out.printf("Mail        SMTP localhost:%d, IMAP localhost:%d (any user name and password)%n",
                layout.smtpPort(), layout.imapPort());
        out.printf("            read what was sent: curl %s/api/user/<recipient address>/messages/INBOX%n",
                mail.apiUrl());
        out.println("Demo token  (clients and people of the demo county: docs/DEMO.md, secret demo-secret)");
        out.printf("            curl -s -u eschwege-dispatcher:demo-secret -d grant_type=client_credentials"
                + " %s/oauth2/token%n", services.get(0).baseUrl());
        out.printf("Logs        %s/%n", layout.root().relativize(layout.logs()));
        out.println("\nPress Ctrl-C to stop everything (the data stays in .stack/; --fresh starts over).");
    }
}
