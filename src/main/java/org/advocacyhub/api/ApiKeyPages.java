package org.advocacyhub.api;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.advocacyhub.account.CurrentUser;
import org.advocacyhub.web.FormErrors;
import org.advocacyhub.web.Typed;
import org.advocacyhub.web.Language;
import org.jboss.resteasy.reactive.RestForm;

/**
 * Coordinators make API keys for partners' tools and revoke them. A new key is shown once, on the
 * answer to the form that made it (not after a redirect: it is stored nowhere it could be shown from).
 * Each key has its scopes, chosen when it is made and shown in the list: read-only or read-write, and
 * whether it may read e-mail addresses. They are not changed later: a key with other scopes is a new
 * key, so a partner's key never gains powers without a new key being handed over.
 */
@Path("/coordinator/api-keys")
@Produces(MediaType.TEXT_HTML)
@RolesAllowed(CurrentUser.COORDINATOR)
public class ApiKeyPages {

    /** Coordinators work in US Eastern time, as the dashboards do. */
    static final ZoneId ZONE = ZoneId.of("America/New_York");
    /** The form's values for a key's access: reads only, or reads and records signatures and RSVPs. */
    static final String READ = "read";
    static final String WRITE = "write";

    @Inject
    org.advocacyhub.audit.Audit audit;

    @Inject
    CurrentUser user;

    @Inject
    Language language;

    /** One key as the list shows it, with its times in the coordinators' zone. */
    public record Row(ApiKey key, ZonedDateTime created, ZonedDateTime lastUsed, ZonedDateTime revoked) {
        static Row of(ApiKey k) {
            return new Row(k, at(k.createdAt), at(k.lastUsedAt), at(k.revokedAt));
        }

        private static ZonedDateTime at(Instant instant) {
            return instant == null ? null : instant.atZone(ZONE);
        }
    }

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance list(List<Row> keys, String name, String access, boolean email, Map<String, String> accessChoices,
                FormErrors errors, String revokedName);

        static native TemplateInstance created(String name, String key);
    }

    @GET
    public TemplateInstance list(@QueryParam("revoked") Long revoked) {
        ApiKey revokedKey = revoked == null ? null : ApiKey.findById(revoked);
        // Read-only and without e-mail addresses unless the coordinator chooses more: least by default.
        return page("", READ, false, FormErrors.none(), revokedKey != null && revokedKey.isRevoked() ? revokedKey.name : null);
    }

    @POST
    @Transactional
    public Response create(@RestForm String name, @RestForm String access, @RestForm String email) {
        String typed = name == null ? "" : name.strip();
        ApiMessages words = language.bundle(ApiMessages.class);
        FormErrors errors = FormErrors.none();
        if (!Typed.isOneLine(typed)) {
            // Checked before the name is looked up: PostgreSQL cannot even compare a NUL.
            errors.add("name", Typed.message(language.getTag()));
        } else if (typed.isEmpty()) {
            errors.add("name", words.nameRequired());
        } else if (typed.length() > ApiKey.NAME_MAX) {
            errors.add("name", words.nameTooLong());
        } else if (ApiKey.nameInUse(typed)) {
            errors.add("name", words.nameInUse());
        }
        // No default here: a key that writes must be chosen, and a forged value is not "read".
        if (!READ.equals(access) && !WRITE.equals(access)) {
            errors.add("access", words.accessRequired());
        }
        boolean readEmail = "yes".equals(email);
        if (errors.isAny()) {
            return Response.status(400).entity(page(typed, access, readEmail, errors, null)).build();
        }
        ApiKey.Issued issued = ApiKey.issue(typed, user.getName(), WRITE.equals(access), readEmail);
        audit.record(org.advocacyhub.audit.AuditAction.API_KEY_CREATED, "api-key:" + typed, 0,
                (WRITE.equals(access) ? "read and write" : "read") + (readEmail ? ", e-mail addresses" : ""));
        // The key is in this page and nowhere else: no cache may keep a copy.
        return Response.ok(Templates.created(typed, issued.key())).header("Cache-Control", "no-store").build();
    }

    @POST
    @Path("{id: \\d+}/revoke")
    @Transactional
    public Response revoke(@PathParam("id") long id) {
        ApiKey key = ApiKey.findById(id);
        if (key == null) {
            throw new NotFoundException();
        }
        if (!key.isRevoked()) {
            key.revokedAt = Instant.now();
            key.revokedBy = user.getName();
            audit.record(org.advocacyhub.audit.AuditAction.API_KEY_REVOKED, "api-key:" + key.name, 0);
        }
        return Response.seeOther(URI.create("/coordinator/api-keys?revoked=" + id)).build();
    }

    private TemplateInstance page(String name, String access, boolean email, FormErrors errors, String revokedName) {
        ApiMessages words = language.bundle(ApiMessages.class);
        Map<String, String> accessChoices = new LinkedHashMap<>();
        accessChoices.put(READ, words.accessRead());
        accessChoices.put(WRITE, words.accessWrite());
        return Templates.list(ApiKey.newestFirst().stream().map(Row::of).toList(), name, access, email, accessChoices, errors,
                revokedName);
    }
}
