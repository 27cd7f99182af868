package org.advocacyhub.supporter;

import io.quarkus.logging.Log;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import javax.sql.DataSource;
import org.advocacyhub.audit.Audit;
import org.advocacyhub.audit.AuditAction;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Runs the imports coordinators started, in the background, 1,000 rows per transaction. A job is
 * claimed with FOR UPDATE SKIP LOCKED, so with two instances only one runs it; each batch locks the job
 * row again and checks the claim, and commits its rows with the job's progress, so a job an instance
 * dropped (it stopped, it hung for two minutes) is taken over where it stopped, and no row is imported
 * twice. Memory holds one batch, never the file.
 *
 * <p>The rule is the anonymous forms' one, "add, never overwrite": a new address becomes a supporter; an
 * address we know is counted as known and left exactly as it is (its name, ZIP, language and consent),
 * so importing the same file again changes nothing.
 */
@ApplicationScoped
public class ImportWorker {

    static final int BATCH = 1_000;

    @Inject
    DataSource dataSource;

    @Inject
    Audit audit;

    @ConfigProperty(name = "advocacy.import.worker.enabled", defaultValue = "true")
    boolean enabled;

    @Scheduled(identity = "supporter-import", every = "${advocacy.import.poll-interval:2s}",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP, skipExecutionIf = Scheduled.ApplicationNotRunning.class)
    void onSchedule() {
        if (enabled) {
            runWaiting();
            forgetAbandonedUploads();
        }
    }

    /** Runs every import waiting to run; returns how many this call ran to the end (or to a failure). */
    public int runWaiting() {
        int ran = 0;
        for (Claim claim; (claim = claim()) != null;) {
            run(claim);
            ran++;
        }
        return ran;
    }

    private record Claim(long id, String token) {
    }

    /** The oldest import waiting, or one whose instance stopped sending signs of life two minutes ago. */
    Claim claim() {
        String token = UUID.randomUUID().toString();
        return QuarkusTransaction.requiringNew().call(() -> {
            try (Connection c = dataSource.getConnection(); PreparedStatement ps = c.prepareStatement("""
                    UPDATE supporter_import SET status = 'RUNNING', claimed_by = ?, heartbeat_at = now()
                    WHERE id = (SELECT id FROM supporter_import
                                WHERE status = 'QUEUED' OR (status = 'RUNNING' AND heartbeat_at < now() - interval '2 minutes')
                                ORDER BY id LIMIT 1 FOR UPDATE SKIP LOCKED)
                    RETURNING id
                    """)) {
                ps.setString(1, token);
                try (ResultSet rs = ps.executeQuery()) {
                    return rs.next() ? new Claim(rs.getLong(1), token) : null;
                }
            }
        });
    }

    private void run(Claim claim) {
        try {
            while (QuarkusTransaction.requiringNew().timeout(300).call(() -> batch(claim))) {
                // one batch per transaction
            }
        } catch (RuntimeException e) {
            Log.errorf(e, "Import %d failed", claim.id());
            QuarkusTransaction.requiringNew().call(() -> {
                try (Connection c = dataSource.getConnection(); PreparedStatement ps = c.prepareStatement("""
                        UPDATE supporter_import SET status = 'FAILED', failure = ?, finished_at = now()
                        WHERE id = ? AND claimed_by = ?
                        """)) {
                    ps.setString(1, String.valueOf(e));
                    ps.setLong(2, claim.id());
                    ps.setString(3, claim.token());
                    return ps.executeUpdate();
                }
            });
        }
    }

    /** One batch in the caller's transaction; false when the job is done or no longer ours. */
    private boolean batch(Claim claim) throws SQLException {
        try (Connection c = dataSource.getConnection()) {
            List<String> mapping;
            boolean withConsent;
            String wording;
            int doneSeq;
            String subject;
            String name;
            try (PreparedStatement ps = c.prepareStatement("""
                    SELECT mapping, with_consent, consent_wording, done_seq, coordinator_subject, coordinator_name, imported
                    FROM supporter_import WHERE id = ? AND status = 'RUNNING' AND claimed_by = ? FOR UPDATE
                    """)) {
                ps.setLong(1, claim.id());
                ps.setString(2, claim.token());
                try (ResultSet rs = ps.executeQuery()) {
                    if (!rs.next()) {
                        return false;
                    }
                    mapping = Arrays.asList((String[]) rs.getArray(1).getArray());
                    withConsent = rs.getBoolean(2);
                    wording = rs.getString(3);
                    doneSeq = rs.getInt(4);
                    subject = rs.getString(5);
                    name = rs.getString(6);
                }
            }
            List<int[]> seqLine = new ArrayList<>();
            List<ImportRules.Person> people = new ArrayList<>();
            List<List<String>> cells = new ArrayList<>();
            try (PreparedStatement ps = c.prepareStatement("""
                    SELECT seq, line, cells, problem FROM supporter_import_row WHERE import_id = ? AND seq > ? ORDER BY seq LIMIT ?
                    """)) {
                ps.setLong(1, claim.id());
                ps.setInt(2, doneSeq);
                ps.setInt(3, BATCH);
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        seqLine.add(new int[] {rs.getInt(1), rs.getInt(2)});
                        List<String> row = Arrays.asList((String[]) rs.getArray(3).getArray());
                        cells.add(row);
                        people.add(ImportRules.apply(row, mapping, rs.getString(4)));
                    }
                }
            }
            if (people.isEmpty()) {
                finish(c, claim, subject, name);
                return false;
            }

            // The same address earlier in the file: in an earlier batch (its row holds the address), or in this one.
            List<String> emails = people.stream().filter(ImportRules.Person::ok).map(ImportRules.Person::email).distinct().toList();
            Map<String, Integer> firstLine = new HashMap<>();
            try (PreparedStatement ps = c.prepareStatement("""
                    SELECT email, min(line) FROM supporter_import_row WHERE import_id = ? AND email = ANY (?) GROUP BY email
                    """)) {
                ps.setLong(1, claim.id());
                ps.setArray(2, SupporterImports.text(c, emails));
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        firstLine.put(rs.getString(1), rs.getInt(2));
                    }
                }
            }
            List<String> goodEmail = new ArrayList<>();
            List<String> goodFirst = new ArrayList<>();
            List<String> goodLast = new ArrayList<>();
            List<String> goodZip = new ArrayList<>();
            List<String> goodLanguage = new ArrayList<>();
            List<Integer> goodSeq = new ArrayList<>();
            int bad = 0;
            try (PreparedStatement problem = c.prepareStatement("""
                    INSERT INTO supporter_import_problem (import_id, line, reason, duplicate_of, cells) VALUES (?, ?, ?, ?, ?)
                    ON CONFLICT DO NOTHING
                    """)) {
                for (int i = 0; i < people.size(); i++) {
                    ImportRules.Person p = people.get(i);
                    int line = seqLine.get(i)[1];
                    String reason = p.problem();
                    Integer duplicateOf = null;
                    if (reason == null && firstLine.containsKey(p.email())) {
                        reason = "duplicate";
                        duplicateOf = firstLine.get(p.email());
                    }
                    if (reason != null) {
                        bad++;
                        problem.setLong(1, claim.id());
                        problem.setInt(2, line);
                        problem.setString(3, reason);
                        problem.setObject(4, duplicateOf, java.sql.Types.INTEGER);
                        problem.setArray(5, SupporterImports.text(c, cells.get(i)));
                        problem.addBatch();
                        continue;
                    }
                    firstLine.put(p.email(), line);
                    goodEmail.add(p.email());
                    goodFirst.add(p.firstName());
                    goodLast.add(p.lastName());
                    goodZip.add(p.zip());
                    goodLanguage.add(p.language());
                    goodSeq.add(seqLine.get(i)[0]);
                }
                problem.executeBatch();
            }
            try (PreparedStatement ps = c.prepareStatement("""
                    UPDATE supporter_import_row r SET email = t.email
                    FROM unnest(?::int[], ?::text[]) AS t(seq, email)
                    WHERE r.import_id = ? AND r.seq = t.seq
                    """)) {
                ps.setArray(1, c.createArrayOf("integer", goodSeq.toArray()));
                ps.setArray(2, SupporterImports.text(c, goodEmail));
                ps.setLong(3, claim.id());
                ps.executeUpdate();
            }
            int added;
            // New addresses only (ON CONFLICT DO NOTHING): a known person keeps everything they had.
            try (PreparedStatement ps = c.prepareStatement("""
                    WITH incoming AS (
                        SELECT * FROM unnest(?::text[], ?::text[], ?::text[], ?::text[], ?::text[])
                                      AS t(email, first_name, last_name, zip, language)
                    ), added AS (
                        INSERT INTO supporter (email, first_name, last_name, zip, language,
                                               email_consent_at, email_consent_source, email_consent_wording)
                        SELECT email, NULLIF(first_name, ''), NULLIF(last_name, ''), NULLIF(zip, ''), language,
                               CASE WHEN CAST(? AS boolean) THEN now() END,
                               CASE WHEN CAST(? AS boolean) THEN CAST(? AS text) END,
                               CASE WHEN CAST(? AS boolean) THEN CAST(? AS text) END
                        FROM incoming ORDER BY email
                        ON CONFLICT (email) DO NOTHING
                        RETURNING id, language
                    ), consent AS (
                        INSERT INTO consent_event (supporter_id, given, source, wording, language)
                        SELECT id, TRUE, CAST(? AS text), CAST(? AS text), language FROM added WHERE CAST(? AS boolean)
                    )
                    SELECT count(*) FROM added
                    """)) {
                String source = "import:" + claim.id();
                ps.setArray(1, SupporterImports.text(c, goodEmail));
                ps.setArray(2, SupporterImports.text(c, goodFirst));
                ps.setArray(3, SupporterImports.text(c, goodLast));
                ps.setArray(4, SupporterImports.text(c, goodZip));
                ps.setArray(5, SupporterImports.text(c, goodLanguage));
                ps.setBoolean(6, withConsent);
                ps.setBoolean(7, withConsent);
                ps.setString(8, source);
                ps.setBoolean(9, withConsent);
                ps.setString(10, wording);
                ps.setString(11, source);
                ps.setString(12, wording);
                ps.setBoolean(13, withConsent);
                try (ResultSet rs = ps.executeQuery()) {
                    rs.next();
                    added = rs.getInt(1);
                }
            }
            try (PreparedStatement ps = c.prepareStatement("""
                    UPDATE supporter_import SET done_seq = ?, imported = imported + ?, already_known = already_known + ?,
                           bad = bad + ?, heartbeat_at = now()
                    WHERE id = ?
                    """)) {
                ps.setInt(1, seqLine.get(seqLine.size() - 1)[0]);
                ps.setInt(2, added);
                ps.setInt(3, goodEmail.size() - added);
                ps.setInt(4, bad);
                ps.setLong(5, claim.id());
                ps.executeUpdate();
            }
            return true;
        }
    }

    /** The job is done: its rows go (the problems stay for the download), and the audit trail gets its one row. */
    private void finish(Connection c, Claim claim, String subject, String name) throws SQLException {
        long imported;
        try (PreparedStatement ps = c.prepareStatement("""
                UPDATE supporter_import SET status = 'DONE', finished_at = now() WHERE id = ? RETURNING imported
                """)) {
            ps.setLong(1, claim.id());
            try (ResultSet rs = ps.executeQuery()) {
                rs.next();
                imported = rs.getLong(1);
            }
        }
        try (PreparedStatement ps = c.prepareStatement("DELETE FROM supporter_import_row WHERE import_id = ?")) {
            ps.setLong(1, claim.id());
            ps.executeUpdate();
        }
        audit.recordAs(subject, name, AuditAction.IMPORT, "import:" + claim.id(), imported);
        Log.infof("Import %d done: %d supporters added", claim.id(), imported);
    }

    /** Files uploaded but never started, after a day: their rows hold people's addresses for nothing. */
    void forgetAbandonedUploads() {
        QuarkusTransaction.requiringNew().call(() -> {
            try (Connection c = dataSource.getConnection(); PreparedStatement ps = c.prepareStatement(
                    "DELETE FROM supporter_import WHERE status = 'UPLOADED' AND created_at < now() - interval '1 day'")) {
                return ps.executeUpdate();
            }
        });
    }
}
