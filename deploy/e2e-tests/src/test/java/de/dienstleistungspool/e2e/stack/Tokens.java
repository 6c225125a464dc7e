package de.dienstleistungspool.e2e.stack;

import de.dienstleistungspool.stack.StackService;
import java.nio.charset.StandardCharsets;
import java.security.KeyFactory;
import java.security.KeyPairGenerator;
import java.security.PrivateKey;
import java.security.Signature;
import java.security.spec.PKCS8EncodedKeySpec;
import java.time.Instant;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import javax.crypto.Cipher;
import javax.crypto.spec.GCMParameterSpec;
import javax.crypto.spec.SecretKeySpec;

/**
 * Tokens the municipality service would never issue: signed with its real current key (read from its database and
 * decrypted with the stack's key-encryption key, as an attacker holding both could) but expired or for another
 * region, and tokens signed with a key nobody trusts (forged).
 */
public final class Tokens {

    public static final String ISSUER = "urn:dienstleistungspool:municipality-service";
    public static final String OTHER_REGION = "00000000-0000-4000-a000-000000000002";
    public static final List<String> ALL_ROLES = List.of("coordinator", "dispatcher", "works-staff", "accounting",
            "member-admin");
    private final Db db;

    public Tokens(Db db) {
        this.db = db;
    }

    /** A token of a member that does not exist, in the empty second region, with every role. */
    public String otherRegion() {
        Instant now = Instant.now();
        return sign(claims(UUID.randomUUID().toString(), OTHER_REGION, now, now.plusSeconds(600)), realKey());
    }

    /** A token of the demo Eschwege works staff with every role, signed correctly, expired an hour ago. */
    public String expired() {
        Instant past = Instant.now().minusSeconds(7200);
        return sign(claims("00000000-0000-4000-b000-000000000001", "00000000-0000-4000-a000-000000000001", past,
                past.plusSeconds(3600)), realKey());
    }

    /** A well-formed, unexpired token naming the real key id but signed with a key of our own. */
    public String forged() {
        try {
            KeyPairGenerator g = KeyPairGenerator.getInstance("RSA");
            g.initialize(2048);
            Instant now = Instant.now();
            Object[] key = realKey();
            return sign(claims("00000000-0000-4000-b000-000000000001", "00000000-0000-4000-a000-000000000001", now,
                    now.plusSeconds(600)), new Object[] {key[0], g.generateKeyPair().getPrivate()});
        } catch (java.security.GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    private static Map<String, Object> claims(String memberId, String regionId, Instant iat, Instant exp) {
        return Map.of("iss", ISSUER, "aud", "urn:dienstleistungspool:api", "sub", "e2e-" + memberId, "upn", "e2e",
                "member_id", memberId,
                "region_id", regionId, "groups", ALL_ROLES, "iat", iat.getEpochSecond(), "exp", exp.getEpochSecond(),
                "jti", UUID.randomUUID().toString());
    }

    private Object[] realKey() {
        List<String> row = db.rows("municipality", "select kid, private_key from signing_key where state = 'CURRENT'")
                .get(0);
        try {
            PrivateKey key = KeyFactory.getInstance("RSA")
                    .generatePrivate(new PKCS8EncodedKeySpec(decrypt(row.get(0), row.get(1))));
            return new Object[] {row.get(0), key};
        } catch (java.security.GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Opens the stored private key ({@code aes256gcm:<iv>:<sealed>}, the key id as associated data). */
    private static byte[] decrypt(String kid, String stored) throws java.security.GeneralSecurityException {
        String[] parts = stored.split(":");
        Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
        byte[] kek = Base64.getDecoder().decode(StackService.MUNICIPALITY.get("identity.key-encryption-key"));
        cipher.init(Cipher.DECRYPT_MODE, new SecretKeySpec(kek, "AES"),
                new GCMParameterSpec(128, Base64.getDecoder().decode(parts[1])));
        cipher.updateAAD(kid.getBytes(StandardCharsets.UTF_8));
        return cipher.doFinal(Base64.getDecoder().decode(parts[2]));
    }

    private static String sign(Map<String, Object> claims, Object[] kidAndKey) {
        try {
            Base64.Encoder b64 = Base64.getUrlEncoder().withoutPadding();
            String header = b64.encodeToString(Api.JSON.writeValueAsBytes(
                    Map.of("alg", "RS256", "typ", "JWT", "kid", kidAndKey[0])));
            String payload = b64.encodeToString(Api.JSON.writeValueAsBytes(claims));
            Signature s = Signature.getInstance("SHA256withRSA");
            s.initSign((PrivateKey) kidAndKey[1]);
            s.update((header + "." + payload).getBytes(StandardCharsets.US_ASCII));
            return header + "." + payload + "." + b64.encodeToString(s.sign());
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }
}
