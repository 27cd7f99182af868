package org.advocacyhub.api;

import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * A request the API refuses, answered as JSON: {@code {"error": "invalid_filter", "message": "..."}},
 * with the fields at fault when a body was wrong. The words are English: they are for developers.
 */
public class ApiException extends RuntimeException {

    final int status;
    final String error;
    final Map<String, String> fields;

    public ApiException(int status, String error, String message) {
        this(status, error, message, Map.of());
    }

    public ApiException(int status, String error, String message, Map<String, String> fields) {
        super(message, null, false, false);
        this.status = status;
        this.error = error;
        this.fields = fields;
    }

    static ApiException notFound(String what) {
        return new ApiException(404, "not_found", "There is no such " + what + ".");
    }

    static ApiException badFilter(String message) {
        return new ApiException(400, "invalid_filter", message);
    }

    static ApiException badRequest(String message) {
        return new ApiException(400, "bad_request", message);
    }

    static Response.ResponseBuilder json(int status, String error, String message) {
        return json(status, error, message, Map.of());
    }

    static Response.ResponseBuilder json(int status, String error, String message, Map<String, String> fields) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("error", error);
        body.put("message", message);
        if (!fields.isEmpty()) {
            body.put("fields", fields);
        }
        return Response.status(status).type(MediaType.APPLICATION_JSON_TYPE).entity(body);
    }

    /** The answer to this refusal. */
    Response toResponse() {
        return json(status, error, getMessage(), fields).build();
    }
}
