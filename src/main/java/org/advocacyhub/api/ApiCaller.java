package org.advocacyhub.api;

import jakarta.enterprise.context.RequestScoped;

/**
 * Who is calling the API on this request, as {@link ApiAccessFilter} found: the name of their API
 * key, or the Keycloak client their token was issued to.
 */
@RequestScoped
public class ApiCaller {

    private String name;

    void identify(String name) {
        this.name = name;
    }

    public String getName() {
        return name;
    }

    /** Where a consent relayed by this caller was given, as recorded on the supporter: "api:ActionKit sync". */
    public String getSource() {
        return "api:" + name;
    }
}
