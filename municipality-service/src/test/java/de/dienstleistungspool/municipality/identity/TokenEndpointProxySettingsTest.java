package de.dienstleistungspool.municipality.identity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import de.dienstleistungspool.municipality.config.TrustedProxiesGuard;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** The start-up guard refuses proxy settings under which anyone could choose their source address. */
class TokenEndpointProxySettingsTest {

    @Test
    void forwardingWithoutTrustedProxiesOrTrustingEveryoneIsRefused() {
        assertTrue(TrustedProxiesGuard.refusal(true, Optional.empty()).isPresent());
        assertTrue(TrustedProxiesGuard.refusal(true, Optional.of(" ")).isPresent());
        assertTrue(TrustedProxiesGuard.refusal(true, Optional.of("10.1.2.3,0.0.0.0/0")).isPresent());
        assertTrue(TrustedProxiesGuard.refusal(true, Optional.of("::/0")).isPresent());
        assertEquals(Optional.empty(), TrustedProxiesGuard.refusal(true, Optional.of("127.0.0.1,10.20.0.0/16")));
        assertEquals(Optional.empty(), TrustedProxiesGuard.refusal(false, Optional.empty()));
    }
}
