package org.advocacyhub.api;

import jakarta.enterprise.context.RequestScoped;

/**
 * Who is calling the API on this request, as {@link ApiAccessFilter} found: the name of their API
 * key, or the Keycloak client their token was issued to, and what they may do (docs/api.md, "Scopes").
 */
@RequestScoped
public class ApiCaller {

    private String name;
    private boolean canWrite;
    private boolean readsEmail;

    void identify(String name, boolean canWrite, boolean readsEmail) {
        this.name = name;
        this.canWrite = canWrite;
        this.readsEmail = readsEmail;
    }

    public String getName() {
        return name;
    }

    /** May record signatures and RSVPs ("write"). */
    public boolean canWrite() {
        return canWrite;
    }

    /** May read people's e-mail addresses ("read_email"). */
    public boolean readsEmail() {
        return readsEmail;
    }

    /** Where a consent relayed by this caller was given, as recorded on the supporter: "api:ActionKit sync". */
    public String getSource() {
        return "api:" + name;
    }
}
