package de.dienstleistungspool.municipality.service;

import de.dienstleistungspool.municipality.config.IdentityConfig;
import io.smallrye.jwt.auth.principal.DefaultJWTCallerPrincipal;
import io.smallrye.jwt.auth.principal.DefaultJWTCallerPrincipalFactory;
import io.smallrye.jwt.auth.principal.JWTAuthContextInfo;
import io.smallrye.jwt.auth.principal.JWTCallerPrincipal;
import io.smallrye.jwt.auth.principal.JWTCallerPrincipalFactory;
import io.smallrye.jwt.auth.principal.ParseException;
import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Alternative;
import jakarta.inject.Inject;
import java.nio.charset.StandardCharsets;
import java.security.PublicKey;
import java.util.Base64;
import java.util.Map;
import org.eclipse.microprofile.jwt.Claims;
import org.jose4j.jwa.AlgorithmConstraints;
import org.jose4j.jws.AlgorithmIdentifiers;
import org.jose4j.jwt.JwtClaims;
import org.jose4j.jwt.consumer.InvalidJwtException;
import org.jose4j.jwt.consumer.JwtConsumerBuilder;
import org.jose4j.json.JsonUtil;

/**
 * Verifies the tokens this service issued against its own key table (in memory), so a rotation takes effect at once
 * and the service never fetches its own JWKS over HTTP; any other token (the test key in tests, an external OIDC
 * provider in production) goes to the standard verification configured by {@code mp.jwt.verify.*}.
 */
@ApplicationScoped
@Alternative
@Priority(1)
public class SelfIssuedTokenVerifier extends JWTCallerPrincipalFactory {

    private final DefaultJWTCallerPrincipalFactory standard = new DefaultJWTCallerPrincipalFactory();

    @Inject
    SigningKeys keys;

    @Inject
    IdentityConfig config;

    @Override
    public JWTCallerPrincipal parse(String token, JWTAuthContextInfo authContextInfo) throws ParseException {
        PublicKey own = keys.verificationKey(kidOf(token));
        if (own == null) {
            return standard.parse(token, authContextInfo);
        }
        try {
            JwtClaims claims = new JwtConsumerBuilder()
                    .setVerificationKey(own)
                    .setJwsAlgorithmConstraints(AlgorithmConstraints.ConstraintType.PERMIT, AlgorithmIdentifiers.RSA_USING_SHA256)
                    .setExpectedIssuer(config.issuer())
                    .setRequireExpirationTime()
                    .setRequireIssuedAt()
                    .setRequireSubject()
                    .setAllowedClockSkewInSeconds(30)
                    .setExpectedAudience(config.audience())
                    .build()
                    .processToClaims(token);
            claims.setClaim(Claims.raw_token.name(), token);
            return new DefaultJWTCallerPrincipal(token, "JWT", claims);
        } catch (InvalidJwtException e) {
            throw new ParseException("Token rejected: " + e.getMessage(), e);
        }
    }

    private static String kidOf(String token) {
        int dot = token == null ? -1 : token.indexOf('.');
        if (dot <= 0) {
            return null;
        }
        try {
            String header = new String(Base64.getUrlDecoder().decode(token.substring(0, dot)), StandardCharsets.UTF_8);
            Map<String, Object> fields = JsonUtil.parseJson(header);
            return fields.get("kid") instanceof String kid ? kid : null;
        } catch (RuntimeException | org.jose4j.lang.JoseException e) {
            return null;
        }
    }
}
