package org.advocacyhub.api;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.annotation.JsonNaming;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import java.util.Map;

/** The API entry point: what this is, and a link to every collection. docs/api.md describes it all. */
@Path("/api/v1")
@Produces({Hal.MEDIA_TYPE, MediaType.APPLICATION_JSON})
@ApiAccess
public class ApiRoot {

    @Inject
    Hal hal;

    @JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
    public record EntryPoint(String motd, String vendorName, String productName, String osdiVersion, int maxPagesize,
            String namespace, @JsonProperty("_links") Hal.Links links) implements Hal.Resource {
    }

    @GET
    public EntryPoint entryPoint() {
        Hal.Links links = hal.links("")
                .add("osdi:people", hal.url("/people"))
                .add("osdi:events", hal.url("/events"))
                .add("osdi:petitions", hal.url("/petitions"))
                .add("osdi:advocacy_campaigns", hal.url("/advocacy_campaigns"))
                .add("osdi:tags", hal.url("/tags"))
                .add("osdi:lists", hal.url("/lists"));
        links.put("curies", List.of(Map.of("name", "osdi", "href", Hal.CURIES, "templated", true)));
        return new EntryPoint("Advocacy Hub's people, events, petitions and letter campaigns, for partners' organising tools.",
                "Advocacy Hub", "Advocacy Hub", "1.0", Hal.MAX_PER_PAGE, "advocacyhub", links);
    }

    /** A path the API does not have answers in JSON too, not with the site's HTML page. */
    @GET
    @Path("{path: .+}")
    public EntryPoint unknown() {
        throw new ApiException(404, "not_found", "The API has no such path. Start from " + hal.url("") + ".");
    }
}
