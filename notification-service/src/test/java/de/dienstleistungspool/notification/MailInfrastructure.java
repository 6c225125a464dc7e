package de.dienstleistungspool.notification;

import de.dienstleistungspool.notification.support.GreenMailResource;
import io.quarkus.test.common.QuarkusTestResource;

/**
 * Gives every test of this service a real SMTP server (GreenMail) that the mailer sends to.
 */
@QuarkusTestResource(GreenMailResource.class)
public class MailInfrastructure {
}
