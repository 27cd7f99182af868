package org.advocacyhub.web;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;

/** Test only: a page that fails, to show what a visitor sees when something breaks. */
@Path("/test-only/boom")
public class BoomResource {

    @GET
    public String boom() {
        throw new IllegalStateException("do-not-show-this-detail");
    }
}
