package org.advocacyhub.share;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.net.IDN;
import java.net.URI;
import java.net.URISyntaxException;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/** A partner's site that may show our embed pages in a frame, as an https origin. */
@Entity
@Table(name = "embed_origin")
public class EmbedOrigin extends PanacheEntityBase {

    static final int MAX = 200;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    public String origin;

    @Column(name = "added_by")
    public String addedBy;

    @Column(name = "added_at")
    public Instant addedAt = Instant.now();

    public static List<EmbedOrigin> listed() {
        return list("order by origin");
    }

    public static List<String> origins() {
        return listed().stream().map(o -> o.origin).toList();
    }

    /**
     * The one form an origin is stored and sent in: {@code https://host} or {@code https://host:port},
     * the host lower-case and in ASCII (IDN). Empty for anything else: another scheme, a path, a query,
     * a fragment, a user name, a wildcard, or characters that could end the header's value (a space, a
     * semicolon, a quote), since the value goes into the Content-Security-Policy header as it is.
     */
    public static Optional<String> normalise(String typed) {
        if (typed == null) {
            return Optional.empty();
        }
        String s = typed.strip();
        if (s.endsWith("/")) {
            s = s.substring(0, s.length() - 1);
        }
        if (s.length() > MAX || !s.regionMatches(true, 0, "https://", 0, 8)) {
            return Optional.empty();
        }
        try {
            URI uri = new URI(s);
            if (!"https".equalsIgnoreCase(uri.getScheme()) || uri.getRawUserInfo() != null || uri.getRawQuery() != null
                    || uri.getRawFragment() != null || (uri.getRawPath() != null && !uri.getRawPath().isEmpty())
                    || uri.getHost() == null) {
                return Optional.empty();
            }
            String host = IDN.toASCII(uri.getHost(), IDN.USE_STD3_ASCII_RULES).toLowerCase(Locale.ROOT);
            if (!host.matches("[a-z0-9.-]+") || !host.contains(".") && !host.equals("localhost")
                    || host.startsWith(".") || host.endsWith(".")) {
                return Optional.empty();
            }
            int port = uri.getPort();
            return Optional.of("https://" + host + (port == -1 || port == 443 ? "" : ":" + port));
        } catch (URISyntaxException | IllegalArgumentException e) {
            return Optional.empty();
        }
    }
}
