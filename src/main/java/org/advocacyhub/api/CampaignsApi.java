package org.advocacyhub.api;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.annotation.JsonNaming;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.advocacyhub.call.Call;
import org.advocacyhub.call.CallCampaign;
import org.advocacyhub.legislator.Legislator;
import org.advocacyhub.letter.CampaignStatus;
import org.advocacyhub.letter.Letter;
import org.advocacyhub.letter.LetterCampaign;

/**
 * Letter campaigns (open and closed, never drafts) as OSDI advocacy campaigns, and their letters as
 * outreaches: one e-mail from one supporter to one member of Congress. Call campaigns likewise, under
 * /advocacy_campaigns/calls, as type "phone", each reported call an outreach of type "phone".
 */
@Path("/api/v1/advocacy_campaigns")
@Produces({Hal.MEDIA_TYPE, MediaType.APPLICATION_JSON})
@ApiAccess
public class CampaignsApi {

    @Inject
    Hal hal;

    @JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record AdvocacyCampaign(List<String> identifiers, String createdDate, String modifiedDate, String title, String name,
            String description, String template, String type, long totalOutreaches, String browserUrl,
            @JsonProperty("_links") Hal.Links links) implements Hal.Resource {
    }

    @JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record Outreach(List<String> identifiers, String createdDate, String modifiedDate, String type, String subject,
            String message, List<Target> targets, @JsonProperty("_links") Hal.Links links) implements Hal.Resource {
    }

    /** A member of Congress written to: "Senator", given and family name, and the seat ("VT", "NY-12"). */
    @JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
    public record Target(String title, String givenName, String familyName, String seat) {
    }

    @GET
    public Hal.Collection list(@QueryParam("page") String page, @QueryParam("per_page") String perPage,
            @QueryParam("filter") String filter) {
        Map<String, Object> parameters = ModifiedFilter.parameters();
        String where = ModifiedFilter.parse(filter).condition("updatedAt", parameters);
        parameters.put("draft", CampaignStatus.DRAFT);
        return hal.collection("osdi:advocacy_campaigns", "/advocacy_campaigns", Hal.Paging.of(page, perPage), filter,
                LetterCampaign.<LetterCampaign>find("status <> :draft and " + where + " order by id", parameters), this::campaigns);
    }

    @GET
    @Path("{id: \\d+}")
    public AdvocacyCampaign one(@PathParam("id") long id) {
        return campaigns(List.of(visible(id))).get(0);
    }

    @GET
    @Path("{id: \\d+}/outreaches")
    public Hal.Collection outreaches(@PathParam("id") long id, @QueryParam("page") String page,
            @QueryParam("per_page") String perPage, @QueryParam("filter") String filter) {
        LetterCampaign campaign = visible(id);
        Map<String, Object> parameters = ModifiedFilter.parameters();
        String where = ModifiedFilter.parse(filter).condition("updatedAt", parameters);
        parameters.put("campaign", campaign.id);
        return hal.collection("osdi:outreaches", "/advocacy_campaigns/" + id + "/outreaches", Hal.Paging.of(page, perPage), filter,
                Letter.<Letter>find("campaign.id = :campaign and " + where + " order by id", parameters), this::outreaches);
    }

    @GET
    @Path("{id: \\d+}/outreaches/{outreach: \\d+}")
    public Outreach outreach(@PathParam("id") long id, @PathParam("outreach") long outreachId) {
        LetterCampaign campaign = visible(id);
        Letter letter = Letter.find("id = ?1 and campaign.id = ?2", outreachId, campaign.id).firstResult();
        if (letter == null) {
            throw ApiException.notFound("outreach");
        }
        return outreaches(List.of(letter)).get(0);
    }

    // Call campaigns: OSDI advocacy campaigns of type "phone", their calls outreaches of type "phone". Under
    // their own path, as their ids are counted apart from the letter campaigns'; their identifiers say "call".

    @GET
    @Path("calls")
    public Hal.Collection callCampaigns(@QueryParam("page") String page, @QueryParam("per_page") String perPage,
            @QueryParam("filter") String filter) {
        Map<String, Object> parameters = ModifiedFilter.parameters();
        String where = ModifiedFilter.parse(filter).condition("updatedAt", parameters);
        parameters.put("draft", CampaignStatus.DRAFT);
        return hal.collection("osdi:advocacy_campaigns", "/advocacy_campaigns/calls", Hal.Paging.of(page, perPage), filter,
                CallCampaign.<CallCampaign>find("status <> :draft and " + where + " order by id", parameters), this::callCampaigns);
    }

    @GET
    @Path("calls/{id: \\d+}")
    public AdvocacyCampaign callCampaign(@PathParam("id") long id) {
        return callCampaigns(List.of(visibleCalls(id))).get(0);
    }

    @GET
    @Path("calls/{id: \\d+}/outreaches")
    public Hal.Collection calls(@PathParam("id") long id, @QueryParam("page") String page,
            @QueryParam("per_page") String perPage, @QueryParam("filter") String filter) {
        CallCampaign campaign = visibleCalls(id);
        Map<String, Object> parameters = ModifiedFilter.parameters();
        // A call is never changed once recorded: its modified date is its created date.
        String where = ModifiedFilter.parse(filter).condition("createdAt", parameters);
        parameters.put("campaign", campaign.id);
        return hal.collection("osdi:outreaches", "/advocacy_campaigns/calls/" + id + "/outreaches", Hal.Paging.of(page, perPage), filter,
                Call.<Call>find("campaign.id = :campaign and " + where + " order by id", parameters), this::calls);
    }

    @GET
    @Path("calls/{id: \\d+}/outreaches/{outreach: \\d+}")
    public Outreach call(@PathParam("id") long id, @PathParam("outreach") long outreachId) {
        CallCampaign campaign = visibleCalls(id);
        Call call = Call.find("id = ?1 and campaign.id = ?2", outreachId, campaign.id).firstResult();
        if (call == null) {
            throw ApiException.notFound("outreach");
        }
        return calls(List.of(call)).get(0);
    }

    private CallCampaign visibleCalls(long id) {
        CallCampaign campaign = CallCampaign.findById(id);
        if (campaign == null || !campaign.isPublic()) {
            throw ApiException.notFound("advocacy campaign");
        }
        return campaign;
    }

    private List<AdvocacyCampaign> callCampaigns(List<CallCampaign> campaigns) {
        List<Long> ids = campaigns.stream().map(c -> c.id).toList();
        Map<Long, Long> counts = ids.isEmpty() ? Map.of() : Call.getEntityManager()
                .createQuery("select c.campaign.id, count(c) from Call c where c.campaign.id in :ids group by c.campaign.id", Object[].class)
                .setParameter("ids", ids).getResultList().stream()
                .collect(Collectors.toMap(r -> (Long) r[0], r -> (Long) r[1]));
        return campaigns.stream().map(c -> {
            String path = "/advocacy_campaigns/calls/" + c.id;
            Hal.Links links = hal.links(path).add("osdi:outreaches", hal.url(path + "/outreaches"));
            return new AdvocacyCampaign(List.of("advocacyhub:call-campaign-" + c.id), Hal.date(c.createdAt), Hal.date(c.updatedAt),
                    c.title, c.slug, c.why, c.script, "phone", counts.getOrDefault(c.id, 0L), hal.site("/calls/" + c.slug), links);
        }).toList();
    }

    /** Calls as outreaches: no person (callers are not known), the outcome in English as the message. */
    private List<Outreach> calls(List<Call> calls) {
        List<Long> legislatorIds = calls.stream().map(c -> c.legislator.id).distinct().toList();
        Map<Long, Legislator> legislators = legislatorIds.isEmpty() ? Map.of()
                : Legislator.<Legislator>list("id in ?1", legislatorIds).stream().collect(Collectors.toMap(l -> l.id, Function.identity()));
        return calls.stream().map(c -> {
            Legislator to = legislators.get(c.legislator.id);
            Hal.Links links = hal.links("/advocacy_campaigns/calls/" + c.campaign.id + "/outreaches/" + c.id)
                    .add("osdi:advocacy_campaign", hal.url("/advocacy_campaigns/calls/" + c.campaign.id));
            return new Outreach(List.of("advocacyhub:call-" + c.id), Hal.date(c.createdAt), Hal.date(c.createdAt), "phone", null,
                    c.outcome.label, List.of(new Target(to.getTitle(), to.firstName, to.lastName, to.getSeat())), links);
        }).toList();
    }

    private LetterCampaign visible(long id) {
        LetterCampaign campaign = LetterCampaign.findById(id);
        if (campaign == null || !campaign.isPublic()) {
            throw ApiException.notFound("advocacy campaign");
        }
        return campaign;
    }

    private List<AdvocacyCampaign> campaigns(List<LetterCampaign> campaigns) {
        List<Long> ids = campaigns.stream().map(c -> c.id).toList();
        Map<Long, Long> counts = ids.isEmpty() ? Map.of() : Letter.getEntityManager()
                .createQuery("select l.campaign.id, count(l) from Letter l where l.campaign.id in :ids group by l.campaign.id", Object[].class)
                .setParameter("ids", ids).getResultList().stream()
                .collect(Collectors.toMap(r -> (Long) r[0], r -> (Long) r[1]));
        return campaigns.stream().map(c -> {
            Hal.Links links = hal.links("/advocacy_campaigns/" + c.id).add("osdi:outreaches", hal.url("/advocacy_campaigns/" + c.id + "/outreaches"));
            return new AdvocacyCampaign(Hal.identifiers(c.id), Hal.date(c.createdAt), Hal.date(c.updatedAt), c.title, c.slug, c.intro,
                    c.bodyTemplate, "email", counts.getOrDefault(c.id, 0L), hal.site("/letters/" + c.slug), links);
        }).toList();
    }

    /** The letters of a page with their legislators, fetched in one query. */
    private List<Outreach> outreaches(List<Letter> letters) {
        List<Long> legislatorIds = letters.stream().map(l -> l.legislator.id).distinct().toList();
        Map<Long, Legislator> legislators = legislatorIds.isEmpty() ? Map.of()
                : Legislator.<Legislator>list("id in ?1", legislatorIds).stream().collect(Collectors.toMap(l -> l.id, Function.identity()));
        return letters.stream().map(l -> {
            Legislator to = legislators.get(l.legislator.id);
            Hal.Links links = hal.links("/advocacy_campaigns/" + l.campaign.id + "/outreaches/" + l.id)
                    .add("osdi:advocacy_campaign", hal.url("/advocacy_campaigns/" + l.campaign.id))
                    .add("osdi:person", hal.url("/people/" + l.supporter.id));
            return new Outreach(Hal.identifiers(l.id), Hal.date(l.createdAt), Hal.date(l.updatedAt), "email", l.subject, l.body,
                    List.of(new Target(to.getTitle(), to.firstName, to.lastName, to.getSeat())), links);
        }).toList();
    }
}
