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
import java.util.Objects;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.advocacyhub.legislator.ZipArea;
import org.advocacyhub.supporter.Supporter;

/**
 * Supporters as OSDI people. Only what a partner needs to reach and count someone: names, the e-mail
 * address and whether they agreed to be e-mailed, ZIP code and state, language. Nothing about which
 * account they have or what they wrote; the address itself only for a caller with the e-mail scope.
 * An erased supporter stays listed, with no personal data and {@code custom_fields.erased}, so that partners syncing by modified_date learn to erase them too.
 */
@Path("/api/v1/people")
@Produces({Hal.MEDIA_TYPE, MediaType.APPLICATION_JSON})
@ApiAccess
public class PeopleApi {

    @Inject
    Hal hal;

    @Inject
    ApiCaller caller;

    @JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record Person(List<String> identifiers, String createdDate, String modifiedDate, String givenName,
            String familyName, List<String> languagesSpoken, List<EmailAddress> emailAddresses,
            List<PostalAddress> postalAddresses, Map<String, Object> customFields,
            @JsonProperty("_links") Hal.Links links) implements Hal.Resource {
    }

    /**
     * status: "subscribed" when they agreed to our e-mails and have not stopped them, else
     * "unsubscribed". The address itself only for a caller with the e-mail scope: the status alone
     * lets a partner count who may be e-mailed without holding the addresses.
     */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record EmailAddress(String address, boolean primary, String status) {
    }

    @JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record PostalAddress(String postalCode, String region, String country, boolean primary) {
    }

    @GET
    public Hal.Collection list(@QueryParam("page") String page, @QueryParam("per_page") String perPage,
            @QueryParam("filter") String filter) {
        Map<String, Object> parameters = ModifiedFilter.parameters();
        String where = ModifiedFilter.parse(filter).condition("updatedAt", parameters);
        return hal.collection("osdi:people", "/people", Hal.Paging.of(page, perPage), filter,
                Supporter.<Supporter>find(where + " order by id", parameters), this::people);
    }

    @GET
    @Path("{id: \\d+}")
    public Person one(@PathParam("id") long id) {
        Supporter s = Supporter.findById(id);
        if (s == null) {
            throw ApiException.notFound("person");
        }
        return people(List.of(s)).get(0);
    }

    List<Person> people(List<Supporter> supporters) {
        List<String> zips = supporters.stream().map(s -> s.zip).filter(Objects::nonNull).distinct().toList();
        Map<String, String> states = zips.isEmpty() ? Map.of()
                : ZipArea.<ZipArea>list("zip in ?1", zips).stream().collect(Collectors.toMap(z -> z.zip, z -> z.state));
        return supporters.stream().map(s -> person(s, states::get)).toList();
    }

    private Person person(Supporter s, Function<String, String> stateOfZip) {
        Hal.Links links = hal.links("/people/" + s.id);
        if (s.erasedAt != null || s.email == null) {
            return new Person(Hal.identifiers(s.id), Hal.date(s.createdAt), Hal.date(s.updatedAt), null, null, null, null, null,
                    Map.of("erased", true), links);
        }
        List<PostalAddress> postal = s.zip == null || s.zip.isBlank() ? null
                : List.of(new PostalAddress(s.zip, stateOfZip.apply(s.zip), "US", true));
        return new Person(Hal.identifiers(s.id), Hal.date(s.createdAt), Hal.date(s.updatedAt), blankToNull(s.firstName),
                blankToNull(s.lastName), List.of(s.language), List.of(new EmailAddress(caller.readsEmail() ? s.email : null, true, s.isSubscribed() ? "subscribed" : "unsubscribed")),
                postal, null, links);
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s;
    }
}
