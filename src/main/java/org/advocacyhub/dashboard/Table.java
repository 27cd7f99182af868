package org.advocacyhub.dashboard;

import java.io.BufferedWriter;
import java.io.OutputStreamWriter;
import java.nio.charset.StandardCharsets;
import java.util.List;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.StreamingOutput;
import org.advocacyhub.web.Csv;

/**
 * A table of figures as the dashboards show it: a caption, column headings, rows of text. The same
 * object renders as an HTML table and downloads as CSV, so the two never disagree.
 */
public record Table(String id, String caption, List<String> headings, List<List<String>> rows) {

    public boolean isEmpty() {
        return rows.isEmpty();
    }

    /** The CSV download, written row by row to the response. */
    public Response csv(String filename) {
        StreamingOutput body = out -> {
            BufferedWriter w = new BufferedWriter(new OutputStreamWriter(out, StandardCharsets.UTF_8));
            w.write('\uFEFF');
            Csv.row(w, headings.toArray(String[]::new));
            for (List<String> row : rows) {
                Csv.row(w, row.toArray(String[]::new));
            }
            w.flush();
        };
        return Response.ok(body).type("text/csv; charset=UTF-8")
                .header("Content-Disposition", "attachment; filename=\"" + filename + ".csv\"").build();
    }
}
