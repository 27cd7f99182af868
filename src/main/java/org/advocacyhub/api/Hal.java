package org.advocacyhub.api;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.annotation.JsonNaming;
import io.quarkus.hibernate.orm.panache.PanacheQuery;
import jakarta.enterprise.context.ApplicationScoped;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * HAL+JSON as OSDI writes it: every resource has {@code _links} (absolute addresses from
 * {@code advocacy.base-url}), and a collection comes a page at a time with its resources under
 * {@code _embedded} and links to the next and previous pages.
 */
@ApplicationScoped
public class Hal {

    public static final String MEDIA_TYPE = "application/hal+json";
    static final int PER_PAGE = 25;
    static final int MAX_PER_PAGE = 100;
    /** Where OSDI documents each link relation ("osdi:people"). */
    static final String CURIES = "https://opensupporter.github.io/osdi-docs/{rel}";

    @ConfigProperty(name = "advocacy.base-url")
    String baseUrl;

    /** The absolute address of a page of the site: {@code site("/events/walk")}. */
    public String site(String path) {
        return baseUrl + path;
    }

    /** The absolute address of a path of the API: {@code url("/people/12")}. */
    public String url(String path) {
        return baseUrl + "/api/v1" + path;
    }

    /** A link in {@code _links}. */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record Link(String href, String title) {
        Link(String href) {
            this(href, null);
        }
    }

    /** The {@code _links} of a resource, in the order they were added. */
    public static final class Links extends LinkedHashMap<String, Object> {
        public Links add(String rel, String href) {
            put(rel, new Link(href));
            return this;
        }

        String self() {
            return ((Link) get("self")).href();
        }
    }

    /** Links starting with this resource's own. */
    Links links(String selfPath) {
        return new Links().add("self", url(selfPath));
    }

    /** What every resource the API serves has: its links, one of them to itself. */
    interface Resource {
        Links links();
    }

    /** Which page of a collection a request asks for: {@code ?page=2&per_page=50}. */
    record Paging(int page, int perPage) {
        static final int MAX_PAGE = 1_000_000;

        /** 25 a page unless asked; more than 100 is cut to 100; page 1 unless asked. */
        static Paging of(String page, String perPage) {
            int p = number("page", page, 1);
            int size = number("per_page", perPage, PER_PAGE);
            return new Paging(p, Math.min(size, MAX_PER_PAGE));
        }

        private static int number(String name, String value, int otherwise) {
            if (value == null || value.isBlank()) {
                return otherwise;
            }
            try {
                int n = Integer.parseInt(value.strip());
                // Capped so that page times per_page stays a number: past the last page is an empty page anyway.
                if (n >= 1 && n <= MAX_PAGE) {
                    return n;
                }
            } catch (NumberFormatException e) {
                // falls through to the refusal
            }
            throw ApiException.badRequest(name + " must be a whole number from 1 to " + MAX_PAGE + ", not '" + value + "'.");
        }
    }

    /** One page of a collection. */
    @JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
    @JsonPropertyOrder({"total_pages", "per_page", "page", "total_records", "_links", "_embedded"})
    public record Collection(long totalPages, int perPage, int page, long totalRecords,
            @JsonProperty("_links") Links links, @JsonProperty("_embedded") Map<String, List<? extends Resource>> embedded) {
    }

    /**
     * A page of the rows a query finds, each made a resource by {@code represent} (which gets the whole
     * page, so it can fetch what the rows need in one query), under the relation {@code rel}
     * ("osdi:people"). The links keep the filter and page size of the request.
     */
    <E> Collection collection(String rel, String path, Paging paging, String filter, PanacheQuery<E> query,
            Function<List<E>, List<? extends Resource>> represent) {
        long total = query.count();
        long pages = Math.max(1, (total + paging.perPage() - 1) / paging.perPage());
        List<? extends Resource> items = represent.apply(query.page(paging.page() - 1, paging.perPage()).list());
        Links links = new Links().add("self", pageUrl(path, paging.page(), paging, filter));
        if (paging.page() < pages) {
            links.add("next", pageUrl(path, paging.page() + 1, paging, filter));
        }
        if (paging.page() > 1) {
            links.add("previous", pageUrl(path, (int) Math.min(paging.page() - 1, pages), paging, filter));
        }
        links.put(rel, items.stream().map(r -> new Link(r.links().self())).toList());
        links.put("curies", List.of(Map.of("name", "osdi", "href", CURIES, "templated", true)));
        return new Collection(pages, paging.perPage(), paging.page(), total, links, Map.of(rel, items));
    }

    /** Spaces as %20, not "+": a filter is text, and "+" is not a space everywhere. */
    private String pageUrl(String path, int page, Paging paging, String filter) {
        String query = "?page=" + page + "&per_page=" + paging.perPage();
        if (filter != null && !filter.isBlank()) {
            query += "&filter=" + URLEncoder.encode(filter, StandardCharsets.UTF_8).replace("+", "%20");
        }
        return url(path) + query;
    }

    /** OSDI dates: ISO 8601 in UTC, to the microsecond the database keeps, so "gt" a seen date is exact. */
    static String date(Instant instant) {
        return instant == null ? null : instant.toString();
    }

    /** Our own identifier of a row, as OSDI lists identifiers: "advocacyhub:12". */
    static List<String> identifiers(Long id) {
        return List.of("advocacyhub:" + id);
    }
}
