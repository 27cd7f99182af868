package org.advocacyhub.call;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import java.io.IOException;
import java.io.InputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Types;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import java.util.zip.GZIPInputStream;
import javax.sql.DataSource;
import org.advocacyhub.legislator.Legislator;
import org.advocacyhub.legislator.ZipArea;
import org.jboss.logging.Logger;

/**
 * The members' district offices (legislators-district-offices.yaml, docs/data.md), loaded at start
 * only when the bundled file changed: its checksum is in dataset, so every later start reads one row
 * and parses nothing. An advisory lock makes two instances starting together load it once.
 */
@ApplicationScoped
public class DistrictOffices {

    private static final Logger LOG = Logger.getLogger(DistrictOffices.class);
    static final String DATASET = "district-offices";
    private static final String BUNDLED = "data/legislators-district-offices.yaml.gz";
    private static final long LOCK_KEY = 0x0FF1CE5L;

    @Inject
    DataSource dataSource;

    /** One office: a phone to call and a place, with how far it is from the caller's ZIP code when known. */
    public record Office(String id, String address, String city, String state, String zip, String phone,
            Double latitude, Double longitude) {

        /** "205 4th Ave. NE, Suite 104, Cullman, AL 35055". */
        public String getWhere() {
            StringBuilder s = new StringBuilder();
            for (String part : new String[] {address, city}) {
                if (part != null && !part.isBlank()) {
                    s.append(s.isEmpty() ? "" : ", ").append(part);
                }
            }
            if (state != null) {
                s.append(s.isEmpty() ? "" : ", ").append(state.strip());
            }
            if (zip != null) {
                s.append(' ').append(zip);
            }
            return s.toString();
        }

        /** For tel: links: the digits only. */
        public String getTel() {
            return CallScript.tel(phone);
        }
    }

    /** An office and its distance in miles from the caller's ZIP centre. */
    public record Nearest(Office office, double miles) {
        public long getRoundedMiles() {
            return Math.round(miles);
        }
    }

    void onStart(@Observes StartupEvent event) throws IOException, SQLException {
        byte[] yaml;
        try (InputStream in = Thread.currentThread().getContextClassLoader().getResourceAsStream(BUNDLED)) {
            if (in == null) {
                throw new IOException("missing bundled data file " + BUNDLED);
            }
            try (GZIPInputStream gz = new GZIPInputStream(in)) {
                yaml = gz.readAllBytes();
            }
        }
        load(yaml);
    }

    /** Loads the file unless it is the one already loaded; the number of offices loaded, or -1 when unchanged. */
    int load(byte[] yaml) throws IOException, SQLException {
        String checksum = sha256(yaml);
        try (Connection c = dataSource.getConnection()) {
            if (checksum.equals(loadedChecksum(c))) {
                return -1;
            }
            List<Office> offices = new ArrayList<>();
            List<String> members = new ArrayList<>();
            parse(yaml, offices, members);
            boolean autoCommit = c.getAutoCommit();
            c.setAutoCommit(false);
            try {
                try (Statement s = c.createStatement()) {
                    s.execute("SELECT pg_advisory_xact_lock(" + LOCK_KEY + ")");
                }
                if (checksum.equals(loadedChecksum(c))) {
                    c.rollback();
                    return -1;
                }
                try (Statement s = c.createStatement()) {
                    s.execute("DELETE FROM district_office");
                }
                try (PreparedStatement p = c.prepareStatement("""
                        INSERT INTO district_office (office_id, bioguide_id, address, city, state, zip, phone, latitude, longitude)
                        VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?) ON CONFLICT (office_id) DO NOTHING""")) {
                    for (int k = 0; k < offices.size(); k++) {
                        Office o = offices.get(k);
                        int i = 1;
                        p.setString(i++, o.id());
                        p.setString(i++, members.get(k));
                        p.setString(i++, o.address());
                        p.setString(i++, o.city());
                        p.setString(i++, o.state());
                        p.setString(i++, o.zip());
                        p.setString(i++, o.phone());
                        setDouble(p, i++, o.latitude());
                        setDouble(p, i, o.longitude());
                        p.addBatch();
                    }
                    p.executeBatch();
                }
                try (PreparedStatement p = c.prepareStatement("""
                        INSERT INTO dataset (name, checksum, rows, loaded_at) VALUES (?, ?, ?, now())
                        ON CONFLICT (name) DO UPDATE SET checksum = excluded.checksum, rows = excluded.rows, loaded_at = now()""")) {
                    p.setString(1, DATASET);
                    p.setString(2, checksum);
                    p.setInt(3, offices.size());
                    p.executeUpdate();
                }
                c.commit();
                LOG.infof("Loaded %d district offices", offices.size());
                return offices.size();
            } catch (SQLException | RuntimeException e) {
                c.rollback();
                throw e;
            } finally {
                c.setAutoCommit(autoCommit);
            }
        }
    }

    /** The file's offices, the street line made of address, building and suite as an envelope has them. */
    static void parse(byte[] yaml, List<Office> offices, List<String> members) throws IOException {
        JsonNode root = new YAMLMapper().readTree(yaml);
        if (root == null || !root.isArray()) {
            throw new IOException("district offices: not a list");
        }
        for (JsonNode member : root) {
            String bioguide = member.path("id").path("bioguide").asText("");
            if (bioguide.isBlank()) {
                continue;
            }
            for (JsonNode o : member.path("offices")) {
                String id = text(o, "id");
                if (id == null) {
                    continue;
                }
                StringBuilder street = new StringBuilder();
                for (String key : new String[] {"address", "building", "suite"}) {
                    String part = text(o, key);
                    if (part != null) {
                        street.append(street.isEmpty() ? "" : ", ").append(part);
                    }
                }
                offices.add(new Office(id, street.isEmpty() ? null : street.toString(), text(o, "city"), text(o, "state"),
                        text(o, "zip"), text(o, "phone"), number(o, "latitude"), number(o, "longitude")));
                members.add(bioguide);
            }
        }
    }

    /** Every office of a member, as stored. */
    public static List<Office> of(Legislator legislator) {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = Legislator.getEntityManager().createNativeQuery("""
                SELECT office_id, address, city, state, zip, phone, latitude, longitude
                FROM district_office WHERE bioguide_id = ?1 ORDER BY office_id""")
                .setParameter(1, legislator.bioguideId).getResultList();
        return rows.stream().map(r -> new Office((String) r[0], (String) r[1], (String) r[2], (String) r[3], (String) r[4],
                (String) r[5], r[6] == null ? null : ((Number) r[6]).doubleValue(),
                r[7] == null ? null : ((Number) r[7]).doubleValue())).toList();
    }

    /** The office with a phone nearest the ZIP code's centre; empty when the ZIP or the offices have no point. */
    public static Optional<Nearest> nearest(Legislator legislator, String zip) {
        Optional<ZipArea> area = ZipArea.lookup(zip).filter(ZipArea::hasPoint);
        if (area.isEmpty()) {
            return Optional.empty();
        }
        return nearest(of(legislator), area.get().latitude, area.get().longitude);
    }

    static Optional<Nearest> nearest(List<Office> offices, double latitude, double longitude) {
        return offices.stream()
                .filter(o -> o.latitude() != null && o.longitude() != null && o.phone() != null && !o.phone().isBlank())
                .map(o -> new Nearest(o, miles(latitude, longitude, o.latitude(), o.longitude())))
                .min(Comparator.comparingDouble(Nearest::miles));
    }

    /** Great-circle distance (haversine), in miles. */
    static double miles(double lat1, double lon1, double lat2, double lon2) {
        double dLat = Math.toRadians(lat2 - lat1);
        double dLon = Math.toRadians(lon2 - lon1);
        double a = Math.sin(dLat / 2) * Math.sin(dLat / 2)
                + Math.cos(Math.toRadians(lat1)) * Math.cos(Math.toRadians(lat2)) * Math.sin(dLon / 2) * Math.sin(dLon / 2);
        return 3958.8 * 2 * Math.atan2(Math.sqrt(a), Math.sqrt(1 - a));
    }

    private static String text(JsonNode o, String key) {
        JsonNode n = o.get(key);
        if (n == null || n.isNull()) {
            return null;
        }
        String s = n.asText().strip();
        return s.isEmpty() ? null : s;
    }

    private static Double number(JsonNode o, String key) {
        JsonNode n = o.get(key);
        return n == null || !n.isNumber() ? null : n.asDouble();
    }

    private static void setDouble(PreparedStatement p, int i, Double d) throws SQLException {
        if (d == null) {
            p.setNull(i, Types.DOUBLE);
        } else {
            p.setDouble(i, d);
        }
    }

    private static String loadedChecksum(Connection c) throws SQLException {
        try (PreparedStatement p = c.prepareStatement("SELECT checksum FROM dataset WHERE name = ?")) {
            p.setString(1, DATASET);
            try (ResultSet rs = p.executeQuery()) {
                return rs.next() ? rs.getString(1) : null;
            }
        }
    }

    private static String sha256(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
