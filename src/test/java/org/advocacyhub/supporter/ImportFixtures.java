package org.advocacyhub.supporter;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.restassured.response.Response;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.advocacyhub.testsupport.Forms;
import org.advocacyhub.testsupport.TestDatabase;

/** Uploading and starting imports as a coordinator's browser does (CSRF token and all), and reading what they stored. */
final class ImportFixtures {

    private ImportFixtures() {
    }

    /** A prefix that keeps one test's addresses apart from every other's. */
    static String unique() {
        return "i" + UUID.randomUUID().toString().substring(0, 8);
    }

    static Response uploadResponse(String fileName, byte[] content) {
        Forms.Page page = Forms.open("/coordinator/imports");
        return page.form().contentType("multipart/form-data")
                .multiPart("file", fileName, content, "text/csv")
                .multiPart("csrf-token", page.token())
                .post("/coordinator/imports");
    }

    /** Uploads the file; the id of the import it made. */
    static long upload(String csv) {
        Response r = uploadResponse("people.csv", csv.getBytes(StandardCharsets.UTF_8));
        assertEquals(303, r.statusCode(), r.asString());
        String location = r.header("Location");
        return Long.parseLong(location.substring(location.lastIndexOf('/') + 1));
    }

    /** Posts the mapping and consent form; consent null means "imported without consent". */
    static Response start(long id, List<String> columns, String origin, String wording) {
        Forms.Page page = Forms.open("/coordinator/imports/" + id);
        var form = page.form().formParam("step", "start");
        for (String c : columns) {
            form = form.formParam("column", c);
        }
        if (origin == null) {
            form = form.formParam("consent", "none");
        } else {
            form = form.formParam("consent", "given").formParam("consentOrigin", origin).formParam("consentWording", wording);
        }
        return form.post("/coordinator/imports/" + id);
    }

    static long count(String sql, Object... params) {
        try (Connection c = TestDatabase.connect(); PreparedStatement ps = c.prepareStatement(sql)) {
            for (int i = 0; i < params.length; i++) {
                ps.setObject(i + 1, params[i]);
            }
            try (ResultSet rs = ps.executeQuery()) {
                rs.next();
                return rs.getLong(1);
            }
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    static List<String> column(String sql, Object... params) {
        try (Connection c = TestDatabase.connect(); PreparedStatement ps = c.prepareStatement(sql)) {
            for (int i = 0; i < params.length; i++) {
                ps.setObject(i + 1, params[i]);
            }
            List<String> out = new ArrayList<>();
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    out.add(rs.getString(1));
                }
            }
            return out;
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }
}
