package org.advocacyhub.api;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * A key a coordinator gave a partner's tool. Only the SHA-256 hash of the key is stored: the key
 * itself exists once, on the page that made it. A key is 32 random bytes, so a hash without salt
 * is enough (nobody can guess one to compare), and looking it up by its hash takes one index read.
 */
@Entity
@Table(name = "api_key")
public class ApiKey extends PanacheEntityBase {

    /** Every key starts so, which makes a leaked one easy to recognise (secret scanners, logs). */
    static final String KEY_START = "ahk_";
    /** How much of the key the list shows: the start and 8 random characters. */
    static final int PREFIX_LENGTH = KEY_START.length() + 8;
    static final int NAME_MAX = 80;
    /** "Last used" is a guide, not a log: one write a minute per key is plenty. */
    private static final Duration USE_RECORDED_EVERY = Duration.ofMinutes(1);
    private static final SecureRandom RANDOM = new SecureRandom();

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    public String name;

    public String prefix;

    @Column(name = "key_hash")
    public String keyHash;

    /** The coordinator who made it (their name as Keycloak gives it). */
    @Column(name = "created_by")
    public String createdBy;

    @Column(name = "created_at")
    public Instant createdAt = Instant.now();

    @Column(name = "last_used_at")
    public Instant lastUsedAt;

    @Column(name = "revoked_at")
    public Instant revokedAt;

    @Column(name = "revoked_by")
    public String revokedBy;

    /** May record signatures and RSVPs (every POST of the API); without it the key only reads. */
    @Column(name = "can_write")
    public boolean canWrite;

    /** May read people's e-mail addresses; without it people come without them. */
    @Column(name = "read_email")
    public boolean readEmail;

    /** A key just made: the row, and the key itself, which is never stored. */
    public record Issued(ApiKey apiKey, String key) {
    }

    /** Makes a key with these scopes and stores its hash. Call within a transaction. */
    public static Issued issue(String name, String createdBy, boolean canWrite, boolean readEmail) {
        byte[] random = new byte[32];
        RANDOM.nextBytes(random);
        String key = KEY_START + Base64.getUrlEncoder().withoutPadding().encodeToString(random);
        ApiKey k = new ApiKey();
        k.name = name;
        k.prefix = key.substring(0, PREFIX_LENGTH);
        k.keyHash = hash(key);
        k.createdBy = createdBy;
        k.canWrite = canWrite;
        k.readEmail = readEmail;
        k.persist();
        return new Issued(k, key);
    }

    static String hash(String key) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(key.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java has SHA-256", e);
        }
    }

    /**
     * The key in use that this is, noting that it was used; empty for a wrong or revoked key.
     * Call within a transaction.
     */
    public static Optional<ApiKey> use(String key) {
        Optional<ApiKey> found = find("keyHash", hash(key.strip())).<ApiKey>firstResultOptional().filter(k -> !k.isRevoked());
        found.ifPresent(k -> {
            Instant now = Instant.now();
            if (k.lastUsedAt == null || k.lastUsedAt.isBefore(now.minus(USE_RECORDED_EVERY))) {
                k.lastUsedAt = now;
            }
        });
        return found;
    }

    public static List<ApiKey> newestFirst() {
        return list("order by createdAt desc, id desc");
    }

    /** Whether a key in use has this name already (names are the source recorded for what a key sends). */
    public static boolean nameInUse(String name) {
        return count("lower(name) = ?1 and revokedAt is null", name.toLowerCase(Locale.ROOT)) > 0;
    }

    public boolean isRevoked() {
        return revokedAt != null;
    }
}
