package org.advocacyhub.petition;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.not;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import com.icegreen.greenmail.util.GreenMail;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.util.HashMap;
import java.util.Map;
import org.advocacyhub.mail.OutboxSender;
import org.advocacyhub.testsupport.InjectMailServer;
import org.advocacyhub.testsupport.Mailbox;
import org.advocacyhub.testsupport.Visitors;
import org.junit.jupiter.api.Test;

/** Issue 14, point 8: a petition's sign form on a partner's site, with the petition page's checks and double opt-in. */
@QuarkusTest
class PetitionEmbedTest {

    @Inject
    Signing signing;

    @Inject
    OutboxSender sender;

    @InjectMailServer
    GreenMail mail;

    Map<String, String> form(String email) {
        Map<String, String> f = new HashMap<>(PetitionFixtures.form(signing, "Eli", email));
        f.put("lang", "en");
        return f;
    }

    @Test
    void aSignatureThroughTheEmbedIsCountedOnceConfirmedAndRobotsAreNot() throws Exception {
        Petition p = PetitionFixtures.open("Embedded petition for MS nurses");
        given().get("/embed/petitions/" + p.slug).then().statusCode(200)
                .body(containsString("Sign the petition"), not(containsString("site-header")), not(containsString("csrf-token")),
                        containsString("action=\"/embed/petitions/" + p.slug + "/sign\""));
        given().get("/embed/petitions/" + p.slug + "?lang=es").then().statusCode(200)
                .body(containsString("<html lang=\"es\">"), containsString("Firma la petición"));

        Map<String, String> robot = form("robot.petition-embed@example.net");
        robot.put("website", "spam");
        given().redirects().follow(false).header("X-Forwarded-For", Visitors.nextIp()).formParams(robot).post("/embed/petitions/" + p.slug + "/sign").then().statusCode(400);
        Map<String, String> quick = form("quick.petition-embed@example.net");
        quick.put("started", signing.startedToken(java.time.Instant.now()));
        given().redirects().follow(false).header("X-Forwarded-For", Visitors.nextIp()).formParams(quick).post("/embed/petitions/" + p.slug + "/sign").then().statusCode(400)
                .body(containsString("value=\"quick.petition-embed@example.net\""));
        assertEquals(0, PetitionFixtures.signatures(p));

        given().redirects().follow(false).header("X-Forwarded-For", Visitors.nextIp()).formParams(form("eli.petition-embed@example.net"))
                .post("/embed/petitions/" + p.slug + "/sign").then().statusCode(303)
                .header("Location", endsWith("/embed/petitions/" + p.slug + "/thanks?lang=en"));
        assertEquals(1, PetitionFixtures.signatures(p));
        Signature s = QuarkusTransaction.requiringNew().call(() -> Signature.<Signature>find("petition.id", p.id).firstResult());
        assertNull(s.verifiedAt, "counted as confirmed only once the address is");
        Mailbox.deliverAll(sender);
        assertEquals(1, Mailbox.to(mail, "eli.petition-embed@example.net").size(), "the confirmation e-mail");
        given().get("/embed/petitions/" + p.slug + "/thanks?lang=en").then().statusCode(200)
                .body(containsString("Please confirm your signature with the link we e-mailed to you."));
    }
}
