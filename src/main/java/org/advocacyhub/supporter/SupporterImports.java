package org.advocacyhub.supporter;

import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.io.BufferedReader;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.DigestInputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.Array;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import javax.sql.DataSource;

/**
 * Imports of supporters from a CSV file: reading the upload into rows (bounded: 20 MB, 100,000 rows,
 * refused while reading), the preview, and starting the job that {@link ImportWorker} runs.
 */
@ApplicationScoped
public class SupporterImports {

    public static final long MAX_BYTES = 20L * 1024 * 1024;
    public static final int MAX_ROWS = 100_000;
    static final int PREVIEW_ROWS = 10;
    private static final int BATCH = 1_000;

    @Inject
    DataSource dataSource;

    /** A file we cannot import; {@code reason} names the message (ImportMessages). */
    public static final class InvalidFile extends RuntimeException {
        final String reason;

        InvalidFile(String reason) {
            super(reason, null, false, false);
            this.reason = reason;
        }

        public String reason(ImportMessages m) {
            return switch (reason) {
                case "tooBig" -> m.fileTooBig();
                case "tooManyRows" -> m.tooManyRows();
                case "noRows" -> m.noRows();
                case "notUtf8" -> m.notUtf8();
                default -> m.emptyFile();
            };
        }
    }

    /** One import as its pages show it. */
    public record Import(long id, Instant createdAt, String coordinatorName, String fileName, String sha256,
            List<String> header, int rowsTotal, List<String> mapping, Boolean withConsent, String consentOrigin,
            String consentWording, String status, int doneRows, int imported, int alreadyKnown, int bad,
            Instant finishedAt) {

        public boolean isUploaded() {
            return "UPLOADED".equals(status);
        }

        public boolean isFinished() {
            return "DONE".equals(status) || "FAILED".equals(status);
        }

        public boolean isDone() {
            return "DONE".equals(status);
        }

        public boolean isFailed() {
            return "FAILED".equals(status);
        }

        /** When it was uploaded, in the organisation's time (Eastern), for the pages' dates. */
        public java.time.ZonedDateTime getUploadedEastern() {
            return createdAt.atZone(java.time.ZoneId.of("America/New_York"));
        }

        public int getPercent() {
            return rowsTotal == 0 ? 100 : (int) (100L * doneRows / rowsTotal);
        }
    }

    /**
     * Reads the uploaded file into an import waiting for its columns to be checked, in one transaction:
     * a file refused half-way (too many rows, not UTF-8) leaves nothing behind. Only one record is in
     * memory at a time; rows go to the database 1,000 at a time.
     */
    public long stage(Path file, String fileName, String coordinatorSubject, String coordinatorName) {
        try {
            if (Files.size(file) > MAX_BYTES) {
                throw new InvalidFile("tooBig");
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return QuarkusTransaction.requiringNew().timeout(600).call(() -> {
            MessageDigest sha;
            try {
                sha = MessageDigest.getInstance("SHA-256");
            } catch (NoSuchAlgorithmException e) {
                throw new IllegalStateException(e);
            }
            try (InputStream raw = new Limited(Files.newInputStream(file), MAX_BYTES);
                    DigestInputStream digest = new DigestInputStream(raw, sha);
                    BufferedReader reader = new BufferedReader(new InputStreamReader(digest, StandardCharsets.UTF_8.newDecoder()
                            .onMalformedInput(CodingErrorAction.REPORT).onUnmappableCharacter(CodingErrorAction.REPORT)), 1 << 16);
                    Connection c = dataSource.getConnection()) {
                reader.mark(8192);
                int first = reader.read();
                if (first != '\uFEFF') {
                    reader.reset();
                }
                reader.mark(8192);
                char[] head = new char[8191];
                int n = reader.read(head);
                reader.reset();
                if (n <= 0) {
                    throw new InvalidFile("empty");
                }
                String firstLine = new String(head, 0, n).lines().findFirst().orElse("");
                CsvRecords csv = new CsvRecords(reader, CsvRecords.guessSeparator(firstLine));
                CsvRecords.Row header = csv.next();
                if (header == null || header.isBlank()) {
                    throw new InvalidFile("empty");
                }
                long id;
                try (PreparedStatement ps = c.prepareStatement("""
                        INSERT INTO supporter_import (coordinator_subject, coordinator_name, file_name, file_sha256, file_bytes,
                                                      header, rows_total)
                        VALUES (?, ?, ?, '', ?, ?, 0) RETURNING id
                        """)) {
                    ps.setString(1, coordinatorSubject);
                    ps.setString(2, coordinatorName == null ? "" : coordinatorName);
                    ps.setString(3, fileName);
                    ps.setLong(4, Files.size(file));
                    ps.setArray(5, text(c, header.cells().stream().map(h -> storable(h).strip()).toList()));
                    try (ResultSet rs = ps.executeQuery()) {
                        rs.next();
                        id = rs.getLong(1);
                    }
                }
                int seq = 0;
                try (PreparedStatement ps = c.prepareStatement(
                        "INSERT INTO supporter_import_row (import_id, seq, line, cells, problem) VALUES (?, ?, ?, ?, ?)")) {
                    for (CsvRecords.Row row; (row = csv.next()) != null;) {
                        if (row.isBlank()) {
                            continue;
                        }
                        if (++seq > MAX_ROWS) {
                            throw new InvalidFile("tooManyRows");
                        }
                        ps.setLong(1, id);
                        ps.setInt(2, seq);
                        ps.setInt(3, row.line());
                        ps.setArray(4, text(c, row.cells().stream().map(SupporterImports::storable).toList()));
                        ps.setString(5, row.hasNul() ? "control" : row.tooLong() ? "too_long" : null);
                        ps.addBatch();
                        if (seq % BATCH == 0) {
                            ps.executeBatch();
                        }
                    }
                    ps.executeBatch();
                }
                if (seq == 0) {
                    throw new InvalidFile("noRows");
                }
                // Whatever follows the last record still counts for the file's fingerprint.
                digest.transferTo(OutputStreamNull.INSTANCE);
                try (PreparedStatement ps = c.prepareStatement(
                        "UPDATE supporter_import SET rows_total = ?, file_sha256 = ? WHERE id = ?")) {
                    ps.setInt(1, seq);
                    ps.setString(2, HexFormat.of().formatHex(sha.digest()));
                    ps.setLong(3, id);
                    ps.executeUpdate();
                }
                return id;
            } catch (CharacterCodingException e) {
                throw new InvalidFile("notUtf8");
            } catch (TooBig e) {
                throw new InvalidFile("tooBig");
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            } catch (SQLException e) {
                throw new IllegalStateException(e);
            }
        });
    }

    /** PostgreSQL's text cannot hold NUL: the row is refused for it ("control"), and shown with U+FFFD. */
    private static String storable(String cell) {
        return cell.indexOf(0) >= 0 ? cell.replace('\0', '\uFFFD') : cell;
    }

    static Array text(Connection c, List<String> values) throws SQLException {
        return c.createArrayOf("text", values.toArray());
    }

    public Optional<Import> find(long id) {
        List<Import> found = query("WHERE i.id = ?", id);
        return found.isEmpty() ? Optional.empty() : Optional.of(found.get(0));
    }

    public List<Import> recent() {
        return query("ORDER BY i.id DESC LIMIT 20");
    }

    /** An earlier import of the same file that went through, if any. */
    public Optional<Import> earlierOfSameFile(Import i) {
        List<Import> found = query("WHERE i.file_sha256 = ? AND i.id < ? AND i.status = 'DONE' ORDER BY i.id DESC LIMIT 1", i.sha256(), i.id());
        return found.isEmpty() ? Optional.empty() : Optional.of(found.get(0));
    }

    private List<Import> query(String where, Object... params) {
        try (Connection c = dataSource.getConnection(); PreparedStatement ps = c.prepareStatement("""
                SELECT i.id, i.created_at, i.coordinator_name, i.file_name, i.file_sha256, i.header, i.rows_total, i.mapping,
                       i.with_consent, i.consent_origin, i.consent_wording, i.status,
                       CASE WHEN i.status = 'DONE' THEN i.rows_total ELSE i.done_seq END,
                       i.imported, i.already_known, i.bad, i.finished_at
                FROM supporter_import i
                """ + where)) {
            for (int k = 0; k < params.length; k++) {
                ps.setObject(k + 1, params[k]);
            }
            List<Import> out = new ArrayList<>();
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    Array mapping = rs.getArray(8);
                    Object consent = rs.getObject(9);
                    out.add(new Import(rs.getLong(1), rs.getTimestamp(2).toInstant(), rs.getString(3), rs.getString(4),
                            rs.getString(5), Arrays.asList((String[]) rs.getArray(6).getArray()), rs.getInt(7),
                            mapping == null ? null : Arrays.asList((String[]) mapping.getArray()),
                            consent == null ? null : (Boolean) consent, rs.getString(10), rs.getString(11), rs.getString(12),
                            rs.getInt(13), rs.getInt(14), rs.getInt(15), rs.getInt(16),
                            rs.getTimestamp(17) == null ? null : rs.getTimestamp(17).toInstant()));
                }
            }
            return out;
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    /** One row of the preview: what will be stored, and what will happen to it. */
    public record PreviewRow(int line, ImportRules.Person person, boolean known) {
    }

    /** The first rows read with this mapping, each marked as it would be imported. */
    public List<PreviewRow> preview(long id, List<String> mapping) {
        try (Connection c = dataSource.getConnection(); PreparedStatement ps = c.prepareStatement("""
                SELECT r.line, r.cells, r.problem FROM supporter_import_row r WHERE r.import_id = ? ORDER BY r.seq LIMIT ?
                """)) {
            ps.setLong(1, id);
            ps.setInt(2, PREVIEW_ROWS);
            List<PreviewRow> rows = new ArrayList<>();
            List<String> seen = new ArrayList<>();
            List<Integer> seenLine = new ArrayList<>();
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    ImportRules.Person p = ImportRules.apply(Arrays.asList((String[]) rs.getArray(2).getArray()), mapping,
                            rs.getString(3));
                    int line = rs.getInt(1);
                    if (p.ok() && seen.contains(p.email())) {
                        p = new ImportRules.Person(p.email(), p.firstName(), p.lastName(), p.zip(), p.language(),
                                "duplicate:" + seenLine.get(seen.indexOf(p.email())));
                    } else if (p.ok()) {
                        seen.add(p.email());
                        seenLine.add(line);
                    }
                    rows.add(new PreviewRow(line, p, false));
                }
            }
            List<String> known = new ArrayList<>();
            try (PreparedStatement k = c.prepareStatement("SELECT email FROM supporter WHERE email = ANY (?)")) {
                k.setArray(1, text(c, seen));
                try (ResultSet rs = k.executeQuery()) {
                    while (rs.next()) {
                        known.add(rs.getString(1));
                    }
                }
            }
            return rows.stream().map(r -> r.person().ok() && known.contains(r.person().email())
                    ? new PreviewRow(r.line(), r.person(), true) : r).toList();
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    /**
     * Hands the import to the worker with its columns and consent. Only an import still waiting for
     * them starts: a second click, or a second tab, changes nothing.
     */
    public void start(long id, List<String> mapping, boolean withConsent, String origin, String wording) {
        QuarkusTransaction.requiringNew().run(() -> {
            try (Connection c = dataSource.getConnection(); PreparedStatement ps = c.prepareStatement("""
                    UPDATE supporter_import SET mapping = ?, with_consent = ?, consent_origin = ?, consent_wording = ?,
                           status = 'QUEUED', queued_at = now()
                    WHERE id = ? AND status = 'UPLOADED'
                    """)) {
                ps.setArray(1, text(c, mapping));
                ps.setBoolean(2, withConsent);
                ps.setString(3, withConsent ? origin : null);
                ps.setString(4, withConsent ? wording : null);
                ps.setLong(5, id);
                ps.executeUpdate();
            } catch (SQLException e) {
                throw new IllegalStateException(e);
            }
        });
    }

    /** A problem row for the page and the download. */
    public record Problem(int line, String reason, Integer duplicateOf, List<String> cells) {
    }

    /** The first {@code limit} rows not imported, in the file's order. */
    public List<Problem> problems(long id, int limit) {
        List<Problem> out = new ArrayList<>();
        eachProblem(id, limit, out::add);
        return out;
    }

    /** Every row not imported, read from a cursor 1,000 at a time (the download streams them). */
    public void eachProblem(long id, int limit, java.util.function.Consumer<Problem> each) {
        QuarkusTransaction.joiningExisting().run(() -> {
            try (Connection c = dataSource.getConnection(); PreparedStatement ps = c.prepareStatement("""
                    SELECT line, reason, duplicate_of, cells FROM supporter_import_problem WHERE import_id = ? ORDER BY line LIMIT ?
                    """)) {
                ps.setFetchSize(BATCH);
                ps.setLong(1, id);
                ps.setInt(2, limit);
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        int dup = rs.getInt(3);
                        each.accept(new Problem(rs.getInt(1), rs.getString(2), rs.wasNull() ? null : dup,
                                Arrays.asList((String[]) rs.getArray(4).getArray())));
                    }
                }
            } catch (SQLException e) {
                throw new IllegalStateException(e);
            }
        });
    }

    /** The reason's words, in the reader's language. */
    public static String reason(ImportMessages m, String reason, Integer duplicateOf) {
        if (reason.startsWith("duplicate")) {
            return m.reasonDuplicate(duplicateOf != null ? duplicateOf : Integer.parseInt(reason.substring("duplicate:".length())));
        }
        return switch (reason) {
            case "email_missing" -> m.reasonEmailMissing();
            case "email" -> m.reasonEmail();
            case "zip" -> m.reasonZip();
            case "language" -> m.reasonLanguage();
            case "name_too_long" -> m.reasonNameTooLong();
            case "control" -> m.reasonControl();
            default -> m.reasonTooLong();
        };
    }

    /** Counts bytes as they are read and stops at the limit: a file is refused while it is read, not after. */
    private static final class Limited extends FilterInputStream {
        private final long limit;
        private long count;

        Limited(InputStream in, long limit) {
            super(in);
            this.limit = limit;
        }

        @Override
        public int read() throws IOException {
            int b = super.read();
            if (b >= 0 && ++count > limit) {
                throw new TooBig();
            }
            return b;
        }

        @Override
        public int read(byte[] b, int off, int len) throws IOException {
            int n = super.read(b, off, len);
            if (n > 0 && (count += n) > limit) {
                throw new TooBig();
            }
            return n;
        }
    }

    private static final class TooBig extends IOException {
        TooBig() {
            super("over the limit", null);
        }
    }

    private static final class OutputStreamNull extends java.io.OutputStream {
        static final OutputStreamNull INSTANCE = new OutputStreamNull();

        @Override
        public void write(int b) {
        }

        @Override
        public void write(byte[] b, int off, int len) {
        }
    }
}
