package org.advocacyhub.legislator;

import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import java.io.BufferedReader;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.zip.GZIPInputStream;
import javax.sql.DataSource;
import org.jboss.logging.Logger;
import org.postgresql.PGConnection;

/**
 * Loads the bundled ZIP code data (src/main/resources/data, sources in docs/data.md) into
 * zip_area and zip_district. It runs at start and does nothing when the files are the ones already
 * loaded; a new file replaces the old rows in one transaction. An advisory lock keeps two instances
 * starting together from loading twice.
 */
@ApplicationScoped
public class ZipData {

    private static final Logger LOG = Logger.getLogger(ZipData.class);
    private static final String DATASET = "zip-codes";
    private static final String CENTROIDS = "data/zctas_2018.csv.gz";
    private static final String DISTRICTS = "data/zccd.csv.gz";
    private static final long LOCK_KEY = 0x5A1BDA7AL;

    @Inject
    DataSource dataSource;

    void onStart(@Observes StartupEvent event) throws IOException, SQLException {
        load();
    }

    public void load() throws IOException, SQLException {
        // The checksum is of the files as bundled (compressed): at a start with the data already loaded,
        // the app neither unpacks nor parses them, and takes no lock.
        String checksum = sha256(bytes(CENTROIDS), bytes(DISTRICTS));
        if (checksum.equals(loadedChecksum())) {
            return;
        }
        byte[] centroids = gunzip(CENTROIDS);
        byte[] districts = gunzip(DISTRICTS);
        try (Connection c = dataSource.getConnection()) {
            boolean autoCommit = c.getAutoCommit();
            c.setAutoCommit(false);
            try {
                try (Statement s = c.createStatement()) {
                    s.execute("SELECT pg_advisory_xact_lock(" + LOCK_KEY + ")");
                }
                if (!checksum.equals(loadedChecksum(c))) {
                    int rows = replace(c, parseCentroids(centroids), parseDistricts(districts));
                    try (PreparedStatement p = c.prepareStatement("""
                            INSERT INTO dataset (name, checksum, rows, loaded_at) VALUES (?, ?, ?, now())
                            ON CONFLICT (name) DO UPDATE SET checksum = excluded.checksum, rows = excluded.rows, loaded_at = now()
                            """)) {
                        p.setString(1, DATASET);
                        p.setString(2, checksum);
                        p.setInt(3, rows);
                        p.executeUpdate();
                    }
                    LOG.infof("Loaded %d ZIP codes from the bundled data", rows);
                }
                c.commit();
            } catch (IOException | SQLException | RuntimeException e) {
                c.rollback();
                throw e;
            } finally {
                c.setAutoCommit(autoCommit);
            }
        }
    }

    private String loadedChecksum() throws SQLException {
        try (Connection c = dataSource.getConnection()) {
            return loadedChecksum(c);
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

    private record District(String state, int district) {
    }

    /** zccd.csv: state_fips,state_abbr,zcta,cd; a ZIP in several districts has several rows. */
    static Map<String, Set<District>> parseDistricts(byte[] csv) throws IOException {
        Map<String, Set<District>> byZip = new TreeMap<>();
        try (BufferedReader r = reader(csv)) {
            r.readLine();
            for (String line; (line = r.readLine()) != null;) {
                String[] f = line.split(",");
                if (f.length == 4 && f[2].matches("\\d{5}")) {
                    byZip.computeIfAbsent(f[2], z -> new LinkedHashSet<>())
                            .add(new District(f[1].toUpperCase(Locale.ROOT), Integer.parseInt(f[3].trim())));
                }
            }
        }
        return byZip;
    }

    /** zctas_2018.csv: geoid,latitude,longitude; some geoids appear twice with the same point. */
    static Map<String, double[]> parseCentroids(byte[] csv) throws IOException {
        Map<String, double[]> byZip = new LinkedHashMap<>();
        try (BufferedReader r = reader(csv)) {
            r.readLine();
            for (String line; (line = r.readLine()) != null;) {
                String[] f = line.split(",");
                if (f.length == 3 && f[0].matches("\\d{5}")) {
                    byZip.putIfAbsent(f[0], new double[] {Double.parseDouble(f[1]), Double.parseDouble(f[2])});
                }
            }
        }
        return byZip;
    }

    private static int replace(Connection c, Map<String, double[]> centroids, Map<String, Set<District>> districts)
            throws SQLException, IOException {
        // ZIPs newer than the centroid file get the mean point of their 3-digit prefix, marked approximate.
        Map<String, double[]> prefixSums = new TreeMap<>();
        centroids.forEach((zip, p) -> {
            double[] sum = prefixSums.computeIfAbsent(zip.substring(0, 3), k -> new double[3]);
            sum[0] += p[0];
            sum[1] += p[1];
            sum[2]++;
        });
        StringBuilder areas = new StringBuilder();
        StringBuilder zipDistricts = new StringBuilder();
        int rows = 0;
        for (Map.Entry<String, Set<District>> e : districts.entrySet()) {
            String zip = e.getKey();
            double[] point = centroids.get(zip);
            boolean approximate = false;
            if (point == null) {
                double[] sum = prefixSums.get(zip.substring(0, 3));
                if (sum != null) {
                    point = new double[] {sum[0] / sum[2], sum[1] / sum[2]};
                    approximate = true;
                }
            }
            areas.append(zip).append(',').append(e.getValue().iterator().next().state()).append(',')
                    .append(point == null ? "" : point[0]).append(',')
                    .append(point == null ? "" : point[1]).append(',').append(approximate).append('\n');
            for (District d : e.getValue()) {
                zipDistricts.append(zip).append(',').append(d.state()).append(',').append(d.district()).append('\n');
            }
            rows++;
        }
        try (Statement s = c.createStatement()) {
            s.execute("DELETE FROM zip_district");
            s.execute("DELETE FROM zip_area");
        }
        var copy = c.unwrap(PGConnection.class).getCopyAPI();
        copy.copyIn("COPY zip_area (zip, state, latitude, longitude, approximate) FROM STDIN (FORMAT csv)",
                new StringReader(areas.toString()));
        copy.copyIn("COPY zip_district (zip, state, district) FROM STDIN (FORMAT csv)",
                new StringReader(zipDistricts.toString()));
        // The petition roll-up by signer's ZIP carries each ZIP's state (V19): it follows the new data.
        try (Statement s = c.createStatement()) {
            s.execute("""
                    UPDATE petition_zip p SET state = z.state FROM zip_area z
                    WHERE z.zip = p.zip AND p.state IS DISTINCT FROM z.state""");
            s.execute("""
                    UPDATE petition_zip p SET state = NULL
                    WHERE p.state IS NOT NULL AND NOT EXISTS (SELECT 1 FROM zip_area z WHERE z.zip = p.zip)""");
        }
        return rows;
    }

    private static BufferedReader reader(byte[] bytes) {
        return new BufferedReader(new InputStreamReader(new ByteArrayInputStream(bytes), StandardCharsets.UTF_8));
    }

    private static byte[] gunzip(String resource) throws IOException {
        try (GZIPInputStream gz = new GZIPInputStream(new ByteArrayInputStream(bytes(resource)))) {
            return gz.readAllBytes();
        }
    }

    private static byte[] bytes(String resource) throws IOException {
        try (InputStream in = Thread.currentThread().getContextClassLoader().getResourceAsStream(resource)) {
            if (in == null) {
                throw new IOException("missing bundled data file " + resource);
            }
            return in.readAllBytes();
        }
    }

    private static String sha256(byte[]... parts) {
        try {
            MessageDigest md = MessageDigest.getInstance("SHA-256");
            for (byte[] p : parts) {
                md.update(p);
            }
            return HexFormat.of().formatHex(md.digest());
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
