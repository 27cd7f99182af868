package org.advocacyhub.legislator;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.Connection;
import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Types;
import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Properties;
import java.util.function.Function;
import java.util.zip.GZIPInputStream;
import javax.sql.DataSource;
import io.quarkus.qute.TemplateExtension;
import io.quarkus.qute.TemplateExtension.TemplateAttribute;
import org.advocacyhub.web.Formats;
import org.advocacyhub.web.Language;
import org.jboss.logging.Logger;

/**
 * Loads legislators-current.yaml (unitedstates/congress-legislators, docs/data.md) into legislator.
 * Members are matched by their bioguide id: new ones are added, known ones updated, and those no
 * longer in the file marked not current, never deleted, so letters keep pointing at whom they went to.
 * The same file twice changes nothing (its checksum is in dataset); an advisory lock makes two
 * instances, or an upload during a start, load one after the other.
 */
@ApplicationScoped
public class LegislatorImport {

    private static final Logger LOG = Logger.getLogger(LegislatorImport.class);
    static final String DATASET = "legislators";
    private static final String BUNDLED = "data/legislators-current.yaml.gz";
    private static final String BUNDLED_INFO = "data/legislators-current.properties";
    private static final long LOCK_KEY = 0x1E6151A7L;
    // A file with fewer members than this is a mistake (a partial download, the wrong file): loading it
    // would mark most of Congress as gone.
    static final int MIN_SENATORS = 50;
    static final int MIN_REPRESENTATIVES = 200;

    @Inject
    DataSource dataSource;

    /** A file that cannot be loaded, with a reason a coordinator can act on, in their language. */
    public static class InvalidFile extends Exception {
        private final transient Function<LegislatorMessages, String> reason;

        InvalidFile(Function<LegislatorMessages, String> reason) {
            super(null, null, false, false);
            this.reason = reason;
        }

        /** The reason in the words of a bundle: {@code e.reason(language.bundle(LegislatorMessages.class))}. */
        public String reason(LegislatorMessages words) {
            return reason.apply(words);
        }

        /** In English, for the log. */
        @Override
        public String getMessage() {
            return reason(Language.bundle(LegislatorMessages.class, Language.DEFAULT));
        }
    }

    public enum Outcome { LOADED, UNCHANGED, OLDER_THAN_LOADED }

    public record Result(Outcome outcome, int current, int added, int noLongerCurrent, int congress) {
    }

    /** What is loaded now: shown on the legislators page so stale data is visible. */
    public record Loaded(LocalDate dataDate, int congress, String source, Instant loadedAt, int rows) {
    }

    /** For templates: {@code {loaded.congressName}} is "119th Congress" or "119.º Congreso", as the page speaks. */
    @TemplateExtension
    static final class InTemplates {

        static String congressName(Loaded loaded, @TemplateAttribute("locale") Object locale) {
            String tag = Formats.locale(locale).getLanguage();
            String number = "es".equals(tag) ? loaded.congress() + ".º" : ordinal(loaded.congress());
            return Language.bundle(LegislatorMessages.class, tag).congress(number);
        }
    }

    record Member(String bioguide, String first, String last, String full, Chamber chamber, String state,
            Integer district, String party, String phone, String contactForm, String website, String address,
            LocalDate start, LocalDate end, String gender) {
    }

    void onStart(@Observes StartupEvent event) throws IOException, SQLException, InvalidFile {
        importBundled();
    }

    /** The file shipped with the app, unless a coordinator has since uploaded newer data. */
    public Result importBundled() throws IOException, SQLException, InvalidFile {
        Properties info = new Properties();
        try (InputStream in = resource(BUNDLED_INFO)) {
            info.load(in);
        }
        byte[] yaml;
        try (InputStream in = new GZIPInputStream(resource(BUNDLED))) {
            yaml = in.readAllBytes();
        }
        return load(yaml, LocalDate.parse(info.getProperty("data-date")), info.getProperty("source"), true);
    }

    /**
     * The most a gzipped upload may unpack to. The real file is about 1.1 MB; a "gzip bomb" of 2 MB
     * (the body limit) could unpack to gigabytes and exhaust the heap, so unpacking stops here.
     */
    static final int MAX_UNPACKED_BYTES = 8 * 1024 * 1024;

    /** A file a coordinator uploaded (YAML, or gzipped YAML). */
    public Result importUpload(byte[] content, LocalDate dataDate, String source) throws IOException, SQLException, InvalidFile {
        byte[] yaml = content;
        if (content.length > 2 && (content[0] & 0xff) == 0x1f && (content[1] & 0xff) == 0x8b) {
            try (InputStream in = new GZIPInputStream(new ByteArrayInputStream(content))) {
                yaml = in.readNBytes(MAX_UNPACKED_BYTES + 1);
            } catch (IOException e) {
                throw new InvalidFile(LegislatorMessages::fileNotGzip);
            }
            if (yaml.length > MAX_UNPACKED_BYTES) {
                throw new InvalidFile(m -> m.fileTooBigUnpacked(MAX_UNPACKED_BYTES / (1024 * 1024)));
            }
        }
        return load(yaml, dataDate, source, false);
    }

    public Optional<Loaded> loaded() throws SQLException {
        try (Connection c = dataSource.getConnection();
                PreparedStatement p = c.prepareStatement(
                        "SELECT data_date, congress, source, loaded_at, rows FROM dataset WHERE name = ?")) {
            p.setString(1, DATASET);
            try (ResultSet rs = p.executeQuery()) {
                if (!rs.next()) {
                    return Optional.empty();
                }
                return Optional.of(new Loaded(rs.getDate(1).toLocalDate(), rs.getInt(2), rs.getString(3),
                        rs.getTimestamp(4).toInstant(), rs.getInt(5)));
            }
        }
    }

    private Result load(byte[] yaml, LocalDate dataDate, String source, boolean onlyIfNewer)
            throws SQLException, InvalidFile {
        String checksum = sha256(yaml);
        // The file already loaded (every start but the first after an update): nothing to parse. Reading
        // the YAML was most of the time the app took to start (docs/operations.md).
        Optional<Result> same = unchanged(checksum);
        if (same.isPresent()) {
            return same.get();
        }
        List<Member> members = parse(yaml);
        int congress = congressOf(members);
        try (Connection c = dataSource.getConnection()) {
            boolean autoCommit = c.getAutoCommit();
            c.setAutoCommit(false);
            try {
                try (Statement s = c.createStatement()) {
                    s.execute("SELECT pg_advisory_xact_lock(" + LOCK_KEY + ")");
                }
                Result result = loadLocked(c, members, congress, checksum, dataDate, source, onlyIfNewer);
                c.commit();
                if (result.outcome() == Outcome.LOADED) {
                    LOG.infof("Loaded %d current legislators (%s Congress, data of %s): %d new, %d no longer current",
                            result.current(), ordinal(congress), dataDate, result.added(), result.noLongerCurrent());
                }
                return result;
            } catch (SQLException | RuntimeException e) {
                c.rollback();
                throw e;
            } finally {
                c.setAutoCommit(autoCommit);
            }
        }
    }

    private Optional<Result> unchanged(String checksum) throws SQLException {
        try (Connection c = dataSource.getConnection();
                PreparedStatement p = c.prepareStatement("SELECT rows, congress FROM dataset WHERE name = ? AND checksum = ?")) {
            p.setString(1, DATASET);
            p.setString(2, checksum);
            try (ResultSet rs = p.executeQuery()) {
                return rs.next() ? Optional.of(new Result(Outcome.UNCHANGED, rs.getInt(1), 0, 0, rs.getInt(2))) : Optional.empty();
            }
        }
    }

    private static Result loadLocked(Connection c, List<Member> members, int congress, String checksum,
            LocalDate dataDate, String source, boolean onlyIfNewer) throws SQLException {
        try (PreparedStatement p = c.prepareStatement("SELECT checksum, data_date FROM dataset WHERE name = ?")) {
            p.setString(1, DATASET);
            try (ResultSet rs = p.executeQuery()) {
                if (rs.next()) {
                    if (checksum.equals(rs.getString(1))) {
                        return new Result(Outcome.UNCHANGED, members.size(), 0, 0, congress);
                    }
                    Date loadedDate = rs.getDate(2);
                    // The bundled file must not undo a newer upload when the app restarts.
                    if (onlyIfNewer && loadedDate != null && loadedDate.toLocalDate().isAfter(dataDate)) {
                        return new Result(Outcome.OLDER_THAN_LOADED, 0, 0, 0, congress);
                    }
                }
            }
        }
        int added = 0;
        try (PreparedStatement p = c.prepareStatement("""
                INSERT INTO legislator (bioguide_id, first_name, last_name, full_name, chamber, state, district, party,
                                        phone, contact_form, website, office_address, term_start, term_end, gender, current,
                                        updated_at)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, TRUE, now())
                ON CONFLICT (bioguide_id) DO UPDATE SET
                    first_name = excluded.first_name, last_name = excluded.last_name, full_name = excluded.full_name,
                    chamber = excluded.chamber, state = excluded.state, district = excluded.district,
                    party = excluded.party, phone = excluded.phone, contact_form = excluded.contact_form,
                    website = excluded.website, office_address = excluded.office_address,
                    term_start = excluded.term_start, term_end = excluded.term_end,
                    gender = COALESCE(excluded.gender, legislator.gender), current = TRUE, updated_at = now()
                RETURNING (xmax = 0)
                """)) {
            for (Member m : members) {
                int i = 1;
                p.setString(i++, m.bioguide());
                p.setString(i++, m.first());
                p.setString(i++, m.last());
                p.setString(i++, m.full());
                p.setString(i++, m.chamber().name());
                p.setString(i++, m.state());
                if (m.district() == null) {
                    p.setNull(i++, Types.SMALLINT);
                } else {
                    p.setInt(i++, m.district());
                }
                p.setString(i++, m.party());
                p.setString(i++, m.phone());
                p.setString(i++, m.contactForm());
                p.setString(i++, m.website());
                p.setString(i++, m.address());
                p.setObject(i++, m.start());
                p.setObject(i++, m.end());
                p.setString(i, m.gender());
                try (ResultSet rs = p.executeQuery()) {
                    // xmax = 0 only on a freshly inserted row.
                    if (rs.next() && rs.getBoolean(1)) {
                        added++;
                    }
                }
            }
        }
        int retired;
        try (PreparedStatement p = c.prepareStatement(
                "UPDATE legislator SET current = FALSE, updated_at = now() WHERE current AND NOT (bioguide_id = ANY (?))")) {
            p.setArray(1, c.createArrayOf("text", members.stream().map(Member::bioguide).toArray()));
            retired = p.executeUpdate();
        }
        try (PreparedStatement p = c.prepareStatement("""
                INSERT INTO dataset (name, checksum, rows, loaded_at, data_date, congress, source) VALUES (?, ?, ?, now(), ?, ?, ?)
                ON CONFLICT (name) DO UPDATE SET checksum = excluded.checksum, rows = excluded.rows, loaded_at = now(),
                    data_date = excluded.data_date, congress = excluded.congress, source = excluded.source
                """)) {
            p.setString(1, DATASET);
            p.setString(2, checksum);
            p.setInt(3, members.size());
            p.setObject(4, dataDate);
            p.setInt(5, congress);
            p.setString(6, source);
            p.executeUpdate();
        }
        return new Result(Outcome.LOADED, members.size(), added, retired, congress);
    }

    /** The current term of each member is the last in their list of terms. */
    static List<Member> parse(byte[] yaml) throws InvalidFile {
        JsonNode root;
        try {
            root = new YAMLMapper().readTree(yaml);
        } catch (IOException e) {
            throw new InvalidFile(LegislatorMessages::fileNotYaml);
        }
        if (root == null || !root.isArray()) {
            throw new InvalidFile(LegislatorMessages::fileNotList);
        }
        List<Member> members = new ArrayList<>();
        int senators = 0;
        int representatives = 0;
        for (JsonNode person : root) {
            JsonNode terms = person.path("terms");
            String bioguide = person.path("id").path("bioguide").asText("");
            if (!terms.isArray() || terms.isEmpty() || bioguide.isBlank()) {
                long entry = members.size() + 1;
                throw new InvalidFile(m -> m.entryWithoutId(entry));
            }
            JsonNode term = terms.get(terms.size() - 1);
            Chamber chamber = switch (term.path("type").asText()) {
                case "sen" -> Chamber.SENATE;
                case "rep" -> Chamber.HOUSE;
                default -> throw new InvalidFile(m -> m.entryBadTerm(bioguide));
            };
            String state = term.path("state").asText("").toUpperCase(Locale.ROOT);
            if (!state.matches("[A-Z]{2}")) {
                throw new InvalidFile(m -> m.entryWithoutState(bioguide));
            }
            Integer district = chamber == Chamber.HOUSE ? term.path("district").asInt(0) : null;
            JsonNode name = person.path("name");
            String first = text(name, "first");
            String last = text(name, "last");
            if (first == null || last == null) {
                throw new InvalidFile(m -> m.entryWithoutName(bioguide));
            }
            String full = text(name, "official_full");
            members.add(new Member(bioguide, first, last, full == null ? first + " " + last : full, chamber, state,
                    district, text(term, "party"), text(term, "phone"), text(term, "contact_form"), text(term, "url"),
                    text(term, "address"), date(term, "start", bioguide), date(term, "end", bioguide),
                    gender(person.path("bio"))));
            if (chamber == Chamber.SENATE) {
                senators++;
            } else {
                representatives++;
            }
        }
        if (senators < MIN_SENATORS || representatives < MIN_REPRESENTATIVES) {
            long s = senators;
            long r = representatives;
            throw new InvalidFile(m -> m.fileTooShort(s, r));
        }
        return members;
    }

    /** The Congress the newest House term belongs to: the 119th began on 3 January 2025. */
    static int congressOf(List<Member> members) {
        return members.stream().filter(m -> m.chamber() == Chamber.HOUSE && m.start() != null)
                .map(Member::start).max(LocalDate::compareTo).map(LegislatorImport::congressOn).orElse(0);
    }

    static int congressOn(LocalDate day) {
        int year = day.getYear();
        // A Congress begins on 3 January of an odd year; the first two days still belong to the last one.
        if (year % 2 == 1 && day.getMonthValue() == 1 && day.getDayOfMonth() < 3) {
            year--;
        }
        return (year - 1789) / 2 + 1;
    }

    static String ordinal(int n) {
        int mod100 = n % 100;
        String suffix = mod100 >= 11 && mod100 <= 13 ? "th" : switch (n % 10) {
            case 1 -> "st";
            case 2 -> "nd";
            case 3 -> "rd";
            default -> "th";
        };
        return n + suffix;
    }

    /** "F" or "M" as the file says; anything else is unknown, and Spanish pages then say "senador(a)". */
    private static String gender(JsonNode bio) {
        String g = text(bio, "gender");
        return g == null ? null : switch (g.toUpperCase(Locale.ROOT)) {
            case "F" -> "F";
            case "M" -> "M";
            default -> null;
        };
    }

    private static String text(JsonNode node, String field) {
        JsonNode v = node.get(field);
        return v == null || v.isNull() || v.asText().isBlank() ? null : v.asText().strip();
    }

    private static LocalDate date(JsonNode term, String field, String bioguide) throws InvalidFile {
        String value = text(term, field);
        try {
            return value == null ? null : LocalDate.parse(value);
        } catch (DateTimeException e) {
            throw new InvalidFile(m -> m.entryBadDate(bioguide, field, value));
        }
    }

    private static InputStream resource(String name) throws IOException {
        InputStream in = Thread.currentThread().getContextClassLoader().getResourceAsStream(name);
        if (in == null) {
            throw new IOException("missing bundled data file " + name);
        }
        return in;
    }

    private static String sha256(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
