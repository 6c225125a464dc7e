package de.dienstleistungspool.platform.openapi;

import io.quarkus.smallrye.openapi.OpenApiFilter;
import java.util.TreeSet;
import org.eclipse.microprofile.config.ConfigProvider;
import org.eclipse.microprofile.openapi.OASFactory;
import org.eclipse.microprofile.openapi.OASFilter;
import org.eclipse.microprofile.openapi.models.OpenAPI;
import org.eclipse.microprofile.openapi.models.security.SecurityScheme;

/**
 * Declares the bearer token as what it is, an OAuth2 client-credentials token from municipality-service's token
 * endpoint, so Swagger UI's "Authorize" fetches one with a client id and secret and a generated client knows where
 * to ask. The roles each operation's security requirement names become the flow's scopes: a token carries the
 * roles of its API client, whatever scope is asked for.
 */
@OpenApiFilter(OpenApiFilter.RunStage.BUILD)
public class ClientCredentialsSecurity implements OASFilter {

    /** Where the token endpoint is; build-time, as the document is written at build time. */
    static final String TOKEN_URL = "platform.openapi.token-url";

    @Override
    public void filterOpenAPI(OpenAPI openAPI) {
        if (openAPI.getComponents() == null || openAPI.getComponents().getSecuritySchemes() == null) {
            return;
        }
        TreeSet<String> roles = new TreeSet<>();
        if (openAPI.getPaths() != null && openAPI.getPaths().getPathItems() != null) {
            openAPI.getPaths().getPathItems().values().forEach(item -> item.getOperations().values().forEach(operation -> {
                if (operation.getSecurity() != null) {
                    operation.getSecurity().forEach(requirement -> requirement.getSchemes().values().forEach(roles::addAll));
                }
            }));
        }
        var flow = OASFactory.createOAuthFlow().tokenUrl(tokenUrl());
        roles.forEach(role -> flow.addScope(role, "Role " + role + ": granted with the API client's registration; "
                + "asking for the scope does not grant it"));
        for (String name : openAPI.getComponents().getSecuritySchemes().keySet()) {
            openAPI.getComponents().addSecurityScheme(name, OASFactory.createSecurityScheme()
                    .type(SecurityScheme.Type.OAUTH2)
                    .description("OAuth2 client credentials: POST the API client's id and secret (HTTP Basic or form fields) to "
                            + "municipality-service's token endpoint; send the access token (an RS256 JWT, 15 minutes) as "
                            + "'Authorization: Bearer <token>'. Each operation names the roles it admits.")
                    .flows(OASFactory.createOAuthFlows().clientCredentials(flow)));
        }
    }

    private static String tokenUrl() {
        return ConfigProvider.getConfig().getOptionalValue(TOKEN_URL, String.class).orElse("http://localhost:8081/oauth2/token");
    }
}
