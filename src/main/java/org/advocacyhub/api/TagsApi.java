package org.advocacyhub.api;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.annotation.JsonNaming;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.advocacyhub.audit.Audit;
import org.advocacyhub.audit.AuditAction;
import org.advocacyhub.supporter.Segment;
import org.advocacyhub.supporter.Supporter;
import org.advocacyhub.supporter.SupporterSearch;
import org.advocacyhub.supporter.SupportersMessages;
import org.advocacyhub.supporter.Tag;
import org.advocacyhub.web.Language;

/**
 * Coordinators' tags and segments as OSDI tags, taggings and lists. Every caller may read them; tagging
 * and untagging a person is a write (ApiAccessFilter refuses it without the write scope) and goes in
 * the audit trail under the caller's name, as a coordinator's tagging does.
 */
@Path("/api/v1")
@Produces({Hal.MEDIA_TYPE, MediaType.APPLICATION_JSON})
@ApiAccess
public class TagsApi {

    private static final Pattern PERSON_HREF = Pattern.compile("/people/(\\d+)/?$");

    @Inject
    Hal hal;

    @Inject
    ApiCaller caller;

    @Inject
    EntityManager em;

    @Inject
    Audit audit;

    @Inject
    ObjectMapper mapper;

    @JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record TagResource(List<String> identifiers, String createdDate, String modifiedDate, String name,
            @JsonProperty("_links") Hal.Links links) implements Hal.Resource {
    }

    @JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record Tagging(List<String> identifiers, String createdDate, String modifiedDate,
            @JsonProperty("_links") Hal.Links links) implements Hal.Resource {
    }

    @JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record ListResource(List<String> identifiers, String createdDate, String modifiedDate, String name,
            String description, @JsonProperty("_links") Hal.Links links) implements Hal.Resource {
    }

    @JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record Item(List<String> identifiers, String itemType, @JsonProperty("_links") Hal.Links links) implements Hal.Resource {
    }

    // --- Tags and taggings ---------------------------------------------------------------------------

    @GET
    @Path("tags")
    public Hal.Collection tags(@QueryParam("page") String page, @QueryParam("per_page") String perPage) {
        return hal.collection("osdi:tags", "/tags", Hal.Paging.of(page, perPage), null, Tag.<Tag>find("order by id"),
                tags -> tags.stream().map(this::tag).toList());
    }

    @GET
    @Path("tags/{id: \\d+}")
    public TagResource tag(@PathParam("id") long id) {
        return tag(findTag(id));
    }

    private TagResource tag(Tag t) {
        return new TagResource(Hal.identifiers(t.id), Hal.date(t.createdAt), Hal.date(t.updatedAt), t.name,
                hal.links("/tags/" + t.id).add("osdi:taggings", hal.url("/tags/" + t.id + "/taggings")));
    }

    @GET
    @Path("tags/{id: \\d+}/taggings")
    public Hal.Collection taggings(@PathParam("id") long id, @QueryParam("page") String page, @QueryParam("per_page") String perPage) {
        Tag t = findTag(id);
        Hal.Paging paging = Hal.Paging.of(page, perPage);
        long total = ((Number) em.createNativeQuery("SELECT count(*) FROM supporter_tag WHERE tag_id = ?1")
                .setParameter(1, t.id).getSingleResult()).longValue();
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery("""
                SELECT supporter_id, tagged_at FROM supporter_tag WHERE tag_id = ?1 ORDER BY supporter_id LIMIT ?2 OFFSET ?3
                """).setParameter(1, t.id).setParameter(2, paging.perPage())
                .setParameter(3, (long) (paging.page() - 1) * paging.perPage()).getResultList();
        List<Tagging> items = rows.stream().map(r -> tagging(t.id, ((Number) r[0]).longValue(), instant(r[1]))).toList();
        return page("osdi:taggings", "/tags/" + t.id + "/taggings", paging, total, items);
    }

    @GET
    @Path("tags/{id: \\d+}/taggings/{person: \\d+}")
    public Tagging oneTagging(@PathParam("id") long id, @PathParam("person") long person) {
        Tag t = findTag(id);
        @SuppressWarnings("unchecked")
        List<Object> at = em.createNativeQuery("SELECT tagged_at FROM supporter_tag WHERE tag_id = ?1 AND supporter_id = ?2")
                .setParameter(1, t.id).setParameter(2, person).getResultList();
        if (at.isEmpty()) {
            throw ApiException.notFound("tagging");
        }
        return tagging(t.id, person, instant(at.get(0)));
    }

    private Tagging tagging(long tagId, long personId, Instant at) {
        return new Tagging(List.of("advocacyhub:" + tagId + "-" + personId), Hal.date(at), Hal.date(at),
                hal.links("/tags/" + tagId + "/taggings/" + personId).add("osdi:tag", hal.url("/tags/" + tagId))
                        .add("osdi:person", hal.url("/people/" + personId)));
    }

    /**
     * Tags a person: {@code {"_links": {"osdi:person": {"href": ".../api/v1/people/12"}}}} (OSDI's
     * tagging), or {@code {"person_id": 12}}. Tagging someone already tagged changes nothing (200).
     */
    @POST
    @Path("tags/{id: \\d+}/taggings")
    @Consumes(MediaType.APPLICATION_JSON)
    @Transactional
    public Response addTagging(@PathParam("id") long id, String json) {
        Tag t = findTag(id);
        long personId = personOf(json);
        Supporter s = Supporter.findById(personId);
        if (s == null || s.erasedAt != null) {
            throw ApiException.notFound("person");
        }
        boolean added = Tag.add(t.id, personId, "API: " + caller.getName());
        if (added) {
            audit.recordAs("api:" + caller.getName(), "API: " + caller.getName(), AuditAction.TAG, "supporter:" + personId, 1, t.name);
        }
        Tagging tagging = oneTagging(t.id, personId);
        return Response.status(added ? 201 : 200).location(URI.create(hal.url("/tags/" + t.id + "/taggings/" + personId)))
                .entity(tagging).build();
    }

    @DELETE
    @Path("tags/{id: \\d+}/taggings/{person: \\d+}")
    @Transactional
    public Response removeTagging(@PathParam("id") long id, @PathParam("person") long person) {
        Tag t = findTag(id);
        if (!Tag.remove(t.id, person)) {
            throw ApiException.notFound("tagging");
        }
        audit.recordAs("api:" + caller.getName(), "API: " + caller.getName(), AuditAction.UNTAG, "supporter:" + person, 1, t.name);
        return Response.noContent().build();
    }

    private long personOf(String json) {
        JsonNode body;
        try {
            body = json == null || json.isBlank() ? mapper.createObjectNode() : mapper.readTree(json);
        } catch (JsonProcessingException e) {
            throw new ApiException(400, "invalid_body", "The body is not JSON: " + e.getOriginalMessage());
        }
        JsonNode id = body.path("person_id");
        if (id.canConvertToLong() && id.asLong() > 0) {
            return id.asLong();
        }
        String href = body.path("_links").path("osdi:person").path("href").asText("");
        Matcher m = PERSON_HREF.matcher(href);
        if (m.find()) {
            try {
                return Long.parseLong(m.group(1));
            } catch (NumberFormatException e) {
                // the refusal below
            }
        }
        throw new ApiException(400, "invalid_body",
                "Name the person: {\"_links\": {\"osdi:person\": {\"href\": \"" + hal.url("/people/12") + "\"}}} or {\"person_id\": 12}.");
    }

    private static Tag findTag(long id) {
        Tag t = Tag.findById(id);
        if (t == null) {
            throw ApiException.notFound("tag");
        }
        return t;
    }

    // --- Segments as lists -----------------------------------------------------------------------------

    @GET
    @Path("lists")
    public Hal.Collection lists(@QueryParam("page") String page, @QueryParam("per_page") String perPage) {
        return hal.collection("osdi:lists", "/lists", Hal.Paging.of(page, perPage), null, Segment.<Segment>find("order by id"),
                segments -> segments.stream().map(this::list).toList());
    }

    @GET
    @Path("lists/{id: \\d+}")
    public ListResource list(@PathParam("id") long id) {
        return list(findSegment(id));
    }

    private ListResource list(Segment s) {
        return new ListResource(Hal.identifiers(s.id), Hal.date(s.createdAt), Hal.date(s.updatedAt), s.name,
                "A saved search of supporters: whoever matches it now.",
                hal.links("/lists/" + s.id).add("osdi:items", hal.url("/lists/" + s.id + "/items")));
    }

    /** The people who match the segment now, each as an item linking to the person. */
    @GET
    @Path("lists/{id: \\d+}/items")
    public Hal.Collection items(@PathParam("id") long id, @QueryParam("page") String page, @QueryParam("per_page") String perPage) {
        Segment segment = findSegment(id);
        Hal.Paging paging = Hal.Paging.of(page, perPage);
        SupporterSearch search = segment.search(Language.bundle(SupportersMessages.class, "en"));
        long total = search.count();
        SupporterSearch.Condition c = search.condition();
        @SuppressWarnings("unchecked")
        List<Number> ids = c.apply(em.createNativeQuery("SELECT s.id FROM supporter s WHERE " + c.sql()
                + " ORDER BY s.id LIMIT :apiLimit OFFSET :apiOffset"))
                .setParameter("apiLimit", paging.perPage()).setParameter("apiOffset", (long) (paging.page() - 1) * paging.perPage())
                .getResultList();
        List<Item> items = new ArrayList<>();
        for (Number n : ids) {
            long personId = n.longValue();
            items.add(new Item(List.of("advocacyhub:" + segment.id + "-" + personId), "osdi:person",
                    hal.links("/lists/" + segment.id + "/items/" + personId).add("osdi:list", hal.url("/lists/" + segment.id))
                            .add("osdi:person", hal.url("/people/" + personId))));
        }
        return page("osdi:items", "/lists/" + segment.id + "/items", paging, total, items);
    }

    private static Segment findSegment(long id) {
        Segment s = Segment.findById(id);
        if (s == null) {
            throw ApiException.notFound("list");
        }
        return s;
    }

    private Hal.Collection page(String rel, String path, Hal.Paging paging, long total, List<? extends Hal.Resource> items) {
        long pages = Math.max(1, (total + paging.perPage() - 1) / paging.perPage());
        String base = hal.url(path) + "?per_page=" + paging.perPage() + "&page=";
        Hal.Links links = new Hal.Links().add("self", base + paging.page());
        if (paging.page() < pages) {
            links.add("next", base + (paging.page() + 1));
        }
        if (paging.page() > 1) {
            links.add("previous", base + Math.min(paging.page() - 1, pages));
        }
        links.put(rel, items.stream().map(r -> r.links().get("self")).toList());
        return new Hal.Collection(pages, paging.perPage(), paging.page(), total, links, Map.of(rel, items));
    }

    private static Instant instant(Object o) {
        if (o instanceof Instant i) {
            return i;
        }
        if (o instanceof java.sql.Timestamp t) {
            return t.toInstant();
        }
        return ((java.time.OffsetDateTime) o).toInstant();
    }
}
