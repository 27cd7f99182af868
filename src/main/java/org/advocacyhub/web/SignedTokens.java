package org.advocacyhub.web;

import jakarta.enterprise.context.ApplicationScoped;
import java.nio.charset.StandardCharsets;
import java.security.InvalidKeyException;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Base64;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Links that act without an account (cancel an RSVP, confirm an address, unsubscribe) carry an
 * HMAC of what they are for, so they cannot be guessed or changed. Nothing is stored.
 */
@ApplicationScoped
public class SignedTokens {

    private final SecretKeySpec key;

    SignedTokens(@ConfigProperty(name = "advocacy.token-secret") String secret) {
        if (secret.length() < 32) {
            throw new IllegalStateException("advocacy.token-secret must have 32 characters or more");
        }
        this.key = new SecretKeySpec(secret.getBytes(StandardCharsets.UTF_8), "HmacSHA256");
    }

    /** A token for one purpose and one id, e.g. sign("rsvp-cancel", 42). */
    public String sign(String purpose, long id) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(key);
            byte[] digest = mac.doFinal((purpose + ":" + id).getBytes(StandardCharsets.UTF_8));
            return Base64.getUrlEncoder().withoutPadding().encodeToString(digest);
        } catch (NoSuchAlgorithmException | InvalidKeyException e) {
            throw new IllegalStateException(e);
        }
    }

    /** A keyed hash of a value (an IP address, an e-mail) that must be compared but not kept. */
    public String hash(String purpose, String value) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(key);
            byte[] digest = mac.doFinal((purpose + "|" + value).getBytes(StandardCharsets.UTF_8));
            return Base64.getUrlEncoder().withoutPadding().encodeToString(digest);
        } catch (NoSuchAlgorithmException | InvalidKeyException e) {
            throw new IllegalStateException(e);
        }
    }

    public boolean verify(String purpose, long id, String token) {
        if (token == null || token.isBlank()) {
            return false;
        }
        return MessageDigest.isEqual(sign(purpose, id).getBytes(StandardCharsets.US_ASCII),
                token.strip().getBytes(StandardCharsets.US_ASCII));
    }
}
