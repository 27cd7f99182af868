package org.advocacyhub.account;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
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
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.advocacyhub.web.Flash;
import org.keycloak.admin.client.Keycloak;
import org.keycloak.admin.client.resource.RealmResource;
import org.keycloak.representations.idm.RoleRepresentation;
import org.keycloak.representations.idm.UserRepresentation;

/**
 * Coordinators see the accounts (from Keycloak, through the app's service account), find people and
 * make them coordinators or take the role back. The change is made in Keycloak, so the person's next
 * sign-in carries it. Nobody can take the role from themselves: there is always a coordinator left.
 */
@Path("/coordinator/people")
@Produces(MediaType.TEXT_HTML)
@RolesAllowed(CurrentUser.COORDINATOR)
public class PeoplePages {

    static final String REALM = "advocacy";
    static final int PAGE_SIZE = 25;

    @Inject
    Keycloak keycloak;

    @Inject
    CurrentUser currentUser;

    @Inject
    org.advocacyhub.audit.Audit audit;

    /** One account as the page shows it. */
    public record Person(String id, String username, String name, String email, boolean coordinator, boolean me) {
    }

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance people(List<Person> people, String q, long total, String previousUrl, String nextUrl);
    }

    @GET
    public TemplateInstance list(@QueryParam("q") String q, @QueryParam("page") Integer page) {
        // A search Keycloak could choke on (a control character) searches for nothing instead.
        String search = q == null || !org.advocacyhub.web.Typed.isOneLine(q) ? "" : q.strip();
        int p = page == null || page < 1 ? 1 : Math.min(page, 100_000);
        RealmResource realm = keycloak.realm(REALM);
        List<UserRepresentation> users = realm.users().search(search, (p - 1) * PAGE_SIZE, PAGE_SIZE + 1, true);
        long total = realm.users().count(search);
        Set<String> coordinators = realm.roles().get(CurrentUser.COORDINATOR).getUserMembers(0, 10_000).stream()
                .map(UserRepresentation::getId).collect(Collectors.toSet());
        List<Person> people = users.stream().limit(PAGE_SIZE)
                .filter(u -> u.getServiceAccountClientId() == null && !u.getUsername().startsWith("service-account-"))
                .map(u -> new Person(u.getId(), u.getUsername(),
                        ((u.getFirstName() == null ? "" : u.getFirstName()) + " " + (u.getLastName() == null ? "" : u.getLastName())).strip(),
                        u.getEmail() == null ? "" : u.getEmail(), coordinators.contains(u.getId()),
                        u.getId().equals(currentUser.getSubject())))
                .toList();
        String query = "/coordinator/people?q=" + URLEncoder.encode(search, StandardCharsets.UTF_8) + "&page=";
        return Templates.people(people, search, total, p > 1 ? query + (p - 1) : null,
                users.size() > PAGE_SIZE ? query + (p + 1) : null);
    }

    @POST
    @Path("{id}/coordinator")
    public Response grant(@PathParam("id") String id, @org.jboss.resteasy.reactive.RestForm String q) {
        RealmResource realm = keycloak.realm(REALM);
        realm.users().get(existing(realm, id).getId()).roles().realmLevel().add(List.of(coordinatorRole(realm)));
        audit.record(org.advocacyhub.audit.AuditAction.ROLE_CHANGE, "account:" + id, 1, "coordinator granted");
        return back(q, "coordinator-granted");
    }

    @POST
    @Path("{id}/coordinator/revoke")
    public Response revoke(@PathParam("id") String id, @org.jboss.resteasy.reactive.RestForm String q) {
        if (id.equals(currentUser.getSubject())) {
            return back(q, "coordinator-not-self");
        }
        RealmResource realm = keycloak.realm(REALM);
        realm.users().get(existing(realm, id).getId()).roles().realmLevel().remove(List.of(coordinatorRole(realm)));
        audit.record(org.advocacyhub.audit.AuditAction.ROLE_CHANGE, "account:" + id, 1, "coordinator revoked");
        return back(q, "coordinator-revoked");
    }

    private static UserRepresentation existing(RealmResource realm, String id) {
        try {
            return realm.users().get(id).toRepresentation();
        } catch (jakarta.ws.rs.NotFoundException e) {
            throw new NotFoundException();
        }
    }

    private static RoleRepresentation coordinatorRole(RealmResource realm) {
        return realm.roles().get(CurrentUser.COORDINATOR).toRepresentation();
    }

    private static Response back(String q, String flash) {
        String query = q == null || q.isBlank() ? "" : "?q=" + URLEncoder.encode(q.strip(), StandardCharsets.UTF_8);
        return Response.seeOther(URI.create("/coordinator/people" + query)).cookie(Flash.next(flash)).build();
    }
}
