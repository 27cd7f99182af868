package org.advocacyhub.api;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.annotation.JsonNaming;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.advocacyhub.petition.Petition;
import org.advocacyhub.petition.PetitionStatus;
import org.advocacyhub.petition.SignForm;
import org.advocacyhub.petition.Signature;
import org.advocacyhub.petition.Signing;
import org.advocacyhub.supporter.Supporter;
import org.advocacyhub.web.FormErrors;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Open and closed petitions (never drafts) and their signatures. A partner records a signature with
 * the record signature helper, which signs as the petition page's form does: one signature per
 * person and petition, however often it is sent.
 */
@Path("/api/v1/petitions")
@Produces({Hal.MEDIA_TYPE, MediaType.APPLICATION_JSON})
@ApiAccess
public class PetitionsApi {

    @Inject
    Hal hal;

    @Inject
    Relay relay;

    @Inject
    Signing signing;

    @ConfigProperty(name = "advocacy.petitions.rate.per-email", defaultValue = "5")
    int perEmail;

    @ConfigProperty(name = "advocacy.petitions.rate.window", defaultValue = "10m")
    Duration window;

    @JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record OsdiPetition(List<String> identifiers, String createdDate, String modifiedDate, String title, String name,
            String description, String petitionText, List<Target> target, long totalSignatures, String browserUrl,
            @JsonProperty("_links") Hal.Links links) implements Hal.Resource {
    }

    public record Target(String name) {
    }

    @JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record OsdiSignature(List<String> identifiers, String createdDate, String modifiedDate, String comments,
            @JsonProperty("_links") Hal.Links links) implements Hal.Resource {
    }

    @GET
    public Hal.Collection list(@QueryParam("page") String page, @QueryParam("per_page") String perPage,
            @QueryParam("filter") String filter) {
        Map<String, Object> parameters = ModifiedFilter.parameters();
        String where = ModifiedFilter.parse(filter).condition("updatedAt", parameters);
        parameters.put("draft", PetitionStatus.DRAFT);
        return hal.collection("osdi:petitions", "/petitions", Hal.Paging.of(page, perPage), filter,
                Petition.<Petition>find("status <> :draft and " + where + " order by id", parameters), this::petitions);
    }

    @GET
    @Path("{id: \\d+}")
    public OsdiPetition one(@PathParam("id") long id) {
        return petitions(List.of(visible(id))).get(0);
    }

    @GET
    @Path("{id: \\d+}/signatures")
    public Hal.Collection signatures(@PathParam("id") long id, @QueryParam("page") String page,
            @QueryParam("per_page") String perPage, @QueryParam("filter") String filter) {
        Petition petition = visible(id);
        Map<String, Object> parameters = ModifiedFilter.parameters();
        String where = ModifiedFilter.parse(filter).condition("updatedAt", parameters);
        parameters.put("petition", petition.id);
        return hal.collection("osdi:signatures", "/petitions/" + id + "/signatures", Hal.Paging.of(page, perPage), filter,
                Signature.<Signature>find("petition.id = :petition and " + where + " order by id", parameters),
                signatures -> signatures.stream().map(this::signature).toList());
    }

    @GET
    @Path("{id: \\d+}/signatures/{signature: \\d+}")
    public OsdiSignature signature(@PathParam("id") long id, @PathParam("signature") long signatureId) {
        Petition petition = visible(id);
        Signature signature = Signature.find("id = ?1 and petition.id = ?2", signatureId, petition.id).firstResult();
        if (signature == null) {
            throw ApiException.notFound("signature");
        }
        return signature(signature);
    }

    /**
     * OSDI's record signature helper: {@code {"person": {...}, "comments": "..."}}. A new signature
     * answers 201; the same person again answers 200 with the signature they had.
     */
    @POST
    @Path("{id: \\d+}/signatures")
    @Consumes(MediaType.APPLICATION_JSON)
    public Response sign(@PathParam("id") long id, String json) {
        Petition petition = visible(id);
        JsonNode body = relay.body(json);
        Relay.Person person = relay.person(body);
        SignForm form = new SignForm();
        form.firstName = person.givenName();
        form.lastName = person.familyName();
        form.email = person.email();
        form.zip = person.postalCode();
        form.comment = Relay.text(body, "comments");
        form.emailUpdates = person.subscribed() ? "yes" : "";
        if (!petition.isSignable()) {
            throw new ApiException(409, "not_open", "This petition is not taking signatures.");
        }
        FormErrors errors = org.advocacyhub.web.Typed.check(form,
                form.validate(org.advocacyhub.web.Language.bundle(org.advocacyhub.petition.PetitionMessages.class, "en")),
                org.advocacyhub.web.Typed.message("en"));
        if (errors.isAny()) {
            throw relay.invalid(errors);
        }
        relay.count("sign-email", form.email, perEmail, window);
        // The box the form would have ticked follows the consent we accept, not the body's status:
        // the signing would otherwise record the petition's own consent for an unsubscribed person.
        Supporter.Consent consent = relay.consent(person);
        form.emailUpdates = consent != null ? "yes" : "";
        boolean signed = signing.signRelayed(petition.id, form, consent);
        Signature signature = Signature.find("petition.id = ?1 and supporter.email = ?2", petition.id,
                Supporter.normaliseEmail(form.email)).firstResult();
        OsdiSignature answer = signature(signature);
        return Response.status(signed ? 201 : 200).type(Hal.MEDIA_TYPE).location(URI.create(answer.links().self()))
                .entity(answer).build();
    }

    private Petition visible(long id) {
        Petition petition = Petition.findById(id);
        if (petition == null || !petition.isPublic()) {
            throw ApiException.notFound("petition");
        }
        return petition;
    }

    private List<OsdiPetition> petitions(List<Petition> petitions) {
        List<Long> ids = petitions.stream().map(p -> p.id).toList();
        Map<Long, Long> counts = ids.isEmpty() ? Map.of() : Signature.getEntityManager()
                .createQuery("select s.petition.id, count(s) from Signature s where s.petition.id in :ids group by s.petition.id", Object[].class)
                .setParameter("ids", ids).getResultList().stream()
                .collect(Collectors.toMap(r -> (Long) r[0], r -> (Long) r[1]));
        return petitions.stream().map(p -> petition(p, counts.getOrDefault(p.id, 0L))).toList();
    }

    private OsdiPetition petition(Petition p, long signatures) {
        Hal.Links links = hal.links("/petitions/" + p.id)
                .add("osdi:signatures", hal.url("/petitions/" + p.id + "/signatures"))
                .add("osdi:record_signature_helper", hal.url("/petitions/" + p.id + "/signatures"));
        return new OsdiPetition(Hal.identifiers(p.id), Hal.date(p.createdAt), Hal.date(p.updatedAt), p.title, p.slug, p.summary,
                p.bodyMarkdown, List.of(new Target(p.target)), signatures, hal.site("/petitions/" + p.slug), links);
    }

    private OsdiSignature signature(Signature s) {
        long petitionId = s.petition.id;
        Hal.Links links = hal.links("/petitions/" + petitionId + "/signatures/" + s.id)
                .add("osdi:petition", hal.url("/petitions/" + petitionId))
                .add("osdi:person", hal.url("/people/" + s.supporter.id));
        return new OsdiSignature(Hal.identifiers(s.id), Hal.date(s.createdAt), Hal.date(s.updatedAt), s.comment, links);
    }
}
