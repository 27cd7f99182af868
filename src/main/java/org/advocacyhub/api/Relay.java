package org.advocacyhub.api;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.MissingNode;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import org.advocacyhub.supporter.Supporter;
import org.advocacyhub.web.FormErrors;
import org.advocacyhub.web.RateLimiter;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * What a partner's tool relays: a signature or an RSVP someone gave on the partner's own form, posted
 * as OSDI's record signature or record attendance helper. It then takes the web form's road (the same
 * form object, validation, dedupe and rate limit per e-mail address), so the API cannot do what the
 * site would not.
 */
@ApplicationScoped
public class Relay {

    /** Stored with the consent: we did not show the words, the partner did. */
    static final String CONSENT_WORDING = "Opted in to e-mail on a partner's form; relayed through the API with e-mail status \"subscribed\".";

    /** Our form fields by the name the body gives them, for messages about what was wrong. */
    private static final Map<String, String> FIELDS = Map.of("firstName", "person.given_name", "lastName", "person.family_name",
            "email", "person.email_addresses", "zip", "person.postal_addresses", "comment", "comments", "guests", "guests");

    @Inject
    ObjectMapper mapper;

    @Inject
    ApiCaller caller;

    @Inject
    RateLimiter rateLimiter;

    @ConfigProperty(name = "advocacy.api.rate.per-caller", defaultValue = "600")
    int perCaller;

    @ConfigProperty(name = "advocacy.api.rate.window", defaultValue = "10m")
    Duration callerWindow;

    /** The person as the body gives them; the primary (else the first) e-mail and postal address. */
    record Person(String givenName, String familyName, String email, boolean subscribed, String postalCode) {
    }

    JsonNode body(String json) {
        try {
            JsonNode body = json == null || json.isBlank() ? MissingNode.getInstance() : mapper.readTree(json);
            if (!body.path("person").isObject()) {
                throw new ApiException(400, "invalid_body", "The body must be a JSON object with a \"person\" object in it.");
            }
            return body;
        } catch (JsonProcessingException e) {
            throw new ApiException(400, "invalid_body", "The body is not JSON: " + e.getOriginalMessage());
        }
    }

    Person person(JsonNode body) {
        JsonNode person = body.path("person");
        JsonNode email = primary(person.path("email_addresses"));
        JsonNode postal = primary(person.path("postal_addresses"));
        return new Person(text(person, "given_name"), text(person, "family_name"), text(email, "address"),
                "subscribed".equals(text(email, "status")), text(postal, "postal_code"));
    }

    static String text(JsonNode node, String field) {
        JsonNode value = node.path(field);
        return value.isValueNode() ? value.asText() : "";
    }

    private static JsonNode primary(JsonNode list) {
        for (JsonNode item : list) {
            if (item.path("primary").asBoolean(false)) {
                return item;
            }
        }
        return list.path(0);
    }

    /**
     * Consent the person gave on the partner's form, recorded with the partner as its source
     * ("api:<name>"); none when they said nothing there, and none when they have unsubscribed from
     * us. A consent clears an unsubscribe, and only the person may do that, on our own pages: a
     * partner's list can be old, or copied, or wrong, and "subscribed" there cannot outrank "stop"
     * said here. The action itself (the signature, the RSVP) is still recorded.
     */
    Supporter.Consent consent(Person person) {
        if (!person.subscribed()) {
            return null;
        }
        boolean unsubscribed = Supporter.count("email = ?1 and unsubscribedAt is not null",
                Supporter.normaliseEmail(person.email())) > 0;
        return unsubscribed ? null : new Supporter.Consent(caller.getSource(), CONSENT_WORDING);
    }

    /** The form's messages, by the body's field names. */
    ApiException invalid(FormErrors errors) {
        Map<String, String> fields = new LinkedHashMap<>();
        errors.getEntries().forEach(e -> fields.put(FIELDS.getOrDefault(e.getKey(), e.getKey()), e.getValue()));
        return new ApiException(400, "invalid_person", fields.values().iterator().next(), fields);
    }

    /** One more relayed action by this caller: refused with 429 past the limit. */
    void count() {
        if (!rateLimiter.allow("api-caller", caller.getName(), perCaller, callerWindow)) {
            throw tooMany();
        }
    }

    /**
     * One more relayed action by this caller and for this e-mail address, counted in the web form's
     * own bucket ("sign-email"), so the API and the site share one limit per address.
     */
    void count(String emailBucket, String email, int perEmail, Duration emailWindow) {
        count();
        if (!rateLimiter.allow(emailBucket, Supporter.normaliseEmail(email), perEmail, emailWindow)) {
            throw tooMany();
        }
    }

    private static ApiException tooMany() {
        return new ApiException(429, "too_many_requests", "Too many for now from this caller or for this e-mail address. Try again later.");
    }
}
