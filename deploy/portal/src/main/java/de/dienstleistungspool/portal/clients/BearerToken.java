package de.dienstleistungspool.portal.clients;

import de.dienstleistungspool.portal.session.CurrentPerson;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.core.MultivaluedHashMap;
import jakarta.ws.rs.core.MultivaluedMap;
import org.eclipse.microprofile.rest.client.ext.ClientHeadersFactory;

/** Every call to a service carries the signed-in person's access token, exactly like an API client's call. */
@ApplicationScoped
public class BearerToken implements ClientHeadersFactory {

    @Inject
    CurrentPerson person;

    @Override
    public MultivaluedMap<String, String> update(MultivaluedMap<String, String> incoming,
            MultivaluedMap<String, String> outgoing) {
        MultivaluedMap<String, String> headers = new MultivaluedHashMap<>();
        headers.putSingle("Authorization", "Bearer " + person.accessToken());
        return headers;
    }
}
