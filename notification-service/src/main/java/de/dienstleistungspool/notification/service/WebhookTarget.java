package de.dienstleistungspool.notification.service;

import java.net.InetAddress;
import java.util.List;

/**
 * A webhook URL taken apart and resolved, with every address already checked: the sender connects to these
 * addresses and never looks the name up again, and uses the name only for the Host header and TLS.
 *
 * @param https      whether the connection is TLS
 * @param host       the host name (or IP literal) of the URL
 * @param port       the port to connect to
 * @param target     path and query as sent in the request line
 * @param addresses  the checked addresses of the host, in the resolver's order
 */
public record WebhookTarget(boolean https, String host, int port, String target, List<InetAddress> addresses) {

    /** The Host header: the name, with the port when it is not the scheme's default. */
    public String hostHeader() {
        String name = host.indexOf(':') >= 0 ? "[" + host + "]" : host;
        return port == (https ? 443 : 80) ? name : name + ":" + port;
    }
}
