package org.advocacyhub.privacy;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.icegreen.greenmail.util.GreenMail;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import jakarta.inject.Inject;
import jakarta.mail.internet.MimeMessage;
import jakarta.persistence.EntityManager;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.advocacyhub.mail.OutboxSender;
import org.advocacyhub.petition.Signing;
import org.advocacyhub.testsupport.Forms;
import org.advocacyhub.testsupport.InjectMailServer;
import org.advocacyhub.testsupport.Mailbox;
import org.advocacyhub.testsupport.Visitors;
import org.junit.jupiter.api.Test;

/**
 * Issue 12, points 3, 4 and 6: one address is one person; a form anyone can fill in with anyone's
 * address adds, and never overwrites what the owner chose; public names are confirmed names.
 */
@QuarkusTest
class AnonymousFormsTest {

    private static final Pattern CHANGE_LINK = Pattern.compile("/changes/(\\d+)\\?token=([A-Za-z0-9_-]+)");

    @InjectMailServer
    GreenMail mail;

    @Inject
    OutboxSender sender;

    @Inject
    Signing signing;

    @Inject
    EntityManager em;

    @Inject
    Subscriptions subscriptions;

    // --- Point 3: one address, one person ---------------------------------------------------------------

    @Test
    void addressesWithACommentOrADisplayNameAreRefusedBesideTheField() throws Exception {
        String slug = petitionSlug();
        String victim = PrivacyFixtures.unique("victim") + "@example.org";
        for (String hostile : List.of(victim + "(1)", "a<" + victim + ">", "\"a\"@example.org", "Ann <" + victim + ">")) {
            String page = sign(slug, "Mal", "Lory", hostile, "99501", false).then().statusCode(400).extract().asString();
            assertTrue(page.contains("id=\"email-error\""), hostile + ": no message beside the field");
            assertTrue(page.contains("Enter an e-mail address in the right format"), hostile);
            assertTrue(page.contains("value=\"" + hostile.replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;") + "\""),
                    hostile + ": the input is not kept");
        }
        long event = PrivacyFixtures.event(em, "host-" + System.nanoTime(), "Hana Host", "hana@example.org");
        String eventSlug = UnsubscribeTest.value("SELECT slug FROM event WHERE id = " + event);
        String page = rsvp(eventSlug, "Mal", "a<" + victim + ">", "0").then().statusCode(400).extract().asString();
        assertTrue(page.contains("id=\"email-error\""), page);
        assertEquals("0", UnsubscribeTest.value("SELECT count(*) FROM supporter WHERE email LIKE '%" + victim + "%'"));
    }

    @Test
    void anInternationalDomainInEitherFormIsOnePersonOneLimitAndOneMailbox() throws Exception {
        String local = "ana" + System.nanoTime();
        String unicode = local + "@Bücher.example";
        String ascii = local + "@xn--bcher-kva.example";
        String slug = petitionSlug();
        sign(slug, "Ana", "Lee", unicode, "05401", false).then().statusCode(303);
        sign(slug, "Ana", "Lee", ascii.toUpperCase(), "05401", false).then().statusCode(303);
        assertEquals("1", UnsubscribeTest.value("SELECT count(*) FROM supporter WHERE email = '" + ascii + "'"));
        assertEquals("0", UnsubscribeTest.value("SELECT count(*) FROM supporter WHERE email LIKE '" + local + "@b%'"));
        // One rate-limit bucket: the web form allows 5 attempts per address in 10 minutes, whichever form it is typed in.
        sign(slug, "Ana", "Lee", unicode, "05401", false).then().statusCode(303);
        sign(slug, "Ana", "Lee", ascii, "05401", false).then().statusCode(303);
        sign(slug, "Ana", "Lee", " " + unicode.toUpperCase() + " ", "05401", false).then().statusCode(303);
        sign(slug, "Ana", "Lee", ascii, "05401", false).then().statusCode(429);
        // The confirmation goes to the one ASCII form every mail server accepts.
        Mailbox.deliverAll(sender);
        assertEquals(1, Mailbox.to(mail, ascii).size());
    }

    // --- Point 4: an anonymous form adds; it never overwrites -----------------------------------------

    @Test
    void aPetitionSignedWithAKnownAddressKeepsTheOwnersChoicesUntilTheOwnerConfirms() throws Exception {
        String email = PrivacyFixtures.unique("owner") + "@example.org";
        long owner = PrivacyFixtures.person(email, "Vera", "Owner", true, "en");
        subscriptions.unsubscribe(owner, "my-data");
        String slug = petitionSlug();

        Response r = Forms.open("/petitions/" + slug).form().header("X-Forwarded-For", Visitors.nextIp())
                .header("Accept-Language", "es").formParams(signForm("Mallory", "Mask", "  " + email.toUpperCase(), "99501", true))
                .post("/petitions/" + slug + "/sign");
        r.then().statusCode(303);
        // The signature is recorded, and nothing the owner chose has changed.
        assertEquals("1", UnsubscribeTest.value("SELECT count(*) FROM signature WHERE supporter_id = " + owner));
        assertEquals("Vera|Owner|05401|en|t|f", UnsubscribeTest.value("SELECT concat_ws('|', first_name, last_name, zip, language, "
                + "unsubscribed_at IS NOT NULL, email_consent_at IS NOT NULL) FROM supporter WHERE id = " + owner));

        // The owner is asked, in the language we know them by, with a page whose GET changes nothing.
        Mailbox.deliverAll(sender);
        MimeMessage ask = Mailbox.to(mail, email).stream()
                .filter(m -> subject(m).equals("Please confirm: changes to your details on Advocacy Hub")).findFirst().orElseThrow();
        String text = text(ask);
        assertTrue(text.contains("First name: Mallory") && text.contains("ZIP code: 99501") && text.contains("News e-mails"), text);
        Matcher link = CHANGE_LINK.matcher(text);
        assertTrue(link.find(), text);
        String path = "/changes/" + link.group(1) + "?token=" + link.group(2);
        given().get(path).then().statusCode(200).body(containsString("Confirm these changes"), containsString("Mallory"));
        given().get("/changes/" + link.group(1) + "?token=forged").then().statusCode(404);
        assertEquals("Vera", UnsubscribeTest.value("SELECT first_name FROM supporter WHERE id = " + owner));

        // The owner's button applies them, once.
        Forms.Page page = Forms.open(path);
        page.form().formParam("token", link.group(2)).post("/changes/" + link.group(1)).then().statusCode(200)
                .body(containsString("Done: the changes are made."));
        assertEquals("Mallory|Mask|99501|es|f|t", UnsubscribeTest.value("SELECT concat_ws('|', first_name, last_name, zip, language, "
                + "unsubscribed_at IS NOT NULL, email_consent_at IS NOT NULL) FROM supporter WHERE id = " + owner));
        page.form().formParam("token", link.group(2)).post("/changes/" + link.group(1)).then().statusCode(200)
                .body(containsString("These changes were already made."));
    }

    @Test
    void aNewPersonsNewsConsentCountsOnlyOnceConfirmed() throws Exception {
        String email = PrivacyFixtures.unique("newbie") + "@example.org";
        String slug = petitionSlug();
        sign(slug, "Nia", "New", email, "05401", true).then().statusCode(303);
        assertEquals("Nia|05401|f", UnsubscribeTest.value("SELECT concat_ws('|', first_name, zip, email_consent_at IS NOT NULL) "
                + "FROM supporter WHERE email = '" + email + "'"));
        Mailbox.deliverAll(sender);
        MimeMessage ask = Mailbox.to(mail, email).stream()
                .filter(m -> subject(m).equals("Please confirm that you want news e-mails from Advocacy Hub")).findFirst().orElseThrow();
        Matcher link = CHANGE_LINK.matcher(text(ask));
        assertTrue(link.find());
        String path = "/changes/" + link.group(1) + "?token=" + link.group(2);
        Forms.open(path).form().formParam("token", link.group(2)).post("/changes/" + link.group(1)).then().statusCode(200);
        assertNotNull(UnsubscribeTest.value("SELECT email_consent_at FROM supporter WHERE email = '" + email + "'"));
        assertEquals("1", UnsubscribeTest.value("SELECT count(*) FROM consent_event c JOIN supporter s ON s.id = c.supporter_id "
                + "WHERE s.email = '" + email + "' AND c.given AND c.source LIKE 'petition:%'"));
    }

    @Test
    void anRsvpWithAKnownAddressDoesNotReopenACancelledAnswerNorChangeGuests() throws Exception {
        long event = PrivacyFixtures.event(em, "host-" + System.nanoTime(), "Hana Host", "hana@example.org");
        String slug = UnsubscribeTest.value("SELECT slug FROM event WHERE id = " + event);
        String cancelled = PrivacyFixtures.unique("cancelled") + "@example.org";
        long gone = PrivacyFixtures.person(cancelled, "Cara", "Cancel", false, "en");
        PrivacyFixtures.rsvp(em, event, gone);
        io.quarkus.narayana.jta.QuarkusTransaction.requiringNew().run(() -> em.createNativeQuery(
                "UPDATE rsvp SET status = 'CANCELLED', guests = 0 WHERE supporter_id = ?1").setParameter(1, gone).executeUpdate());
        String going = PrivacyFixtures.unique("going") + "@example.org";
        long stays = PrivacyFixtures.person(going, "Gil", "Going", false, "en");
        PrivacyFixtures.rsvp(em, event, stays); // going with 1 guest

        rsvp(slug, "Mal", cancelled, "2").then().statusCode(303);
        rsvp(slug, "Mal", going, "2").then().statusCode(303);
        assertEquals("CANCELLED|0", UnsubscribeTest.value("SELECT status || '|' || guests FROM rsvp WHERE supporter_id = " + gone));
        assertEquals("GOING|1", UnsubscribeTest.value("SELECT status || '|' || guests FROM rsvp WHERE supporter_id = " + stays));
        assertEquals("Cara", UnsubscribeTest.value("SELECT first_name FROM supporter WHERE id = " + gone));

        // Cara confirms through her e-mail: now she is going again, with the two guests.
        Mailbox.deliverAll(sender);
        MimeMessage ask = Mailbox.to(mail, cancelled).stream()
                .filter(m -> subject(m).equals("Please confirm: changes to your details on Advocacy Hub")).findFirst().orElseThrow();
        String text = text(ask);
        assertTrue(text.contains("Your answer to “Privacy walk”: Going, with 2 guests"), text);
        Matcher link = CHANGE_LINK.matcher(text);
        assertTrue(link.find());
        Forms.open("/changes/" + link.group(1) + "?token=" + link.group(2)).form().formParam("token", link.group(2))
                .post("/changes/" + link.group(1)).then().statusCode(200).body(containsString("Done: the changes are made."));
        assertEquals("GOING|2", UnsubscribeTest.value("SELECT status || '|' || guests FROM rsvp WHERE supporter_id = " + gone));
    }

    @Test
    void theAnswerIsTheSameWhetherOrNotTheAddressWasKnown() throws Exception {
        long event = PrivacyFixtures.event(em, "host-" + System.nanoTime(), "Hana Host", "hana@example.org");
        String slug = UnsubscribeTest.value("SELECT slug FROM event WHERE id = " + event);
        String known = PrivacyFixtures.unique("known") + "@example.org";
        PrivacyFixtures.rsvp(em, event, PrivacyFixtures.person(known, "Kim", "Known", false, "en"));
        String unknown = PrivacyFixtures.unique("unknown") + "@example.org";

        Response forKnown = rsvp(slug, "Kim", known, "0");
        Response forUnknown = rsvp(slug, "Kim", unknown, "0");
        assertEquals(forUnknown.statusCode(), forKnown.statusCode());
        assertEquals(303, forKnown.statusCode());
        assertEquals(forUnknown.header("Location"), forKnown.header("Location"));
        assertEquals(forUnknown.getCookie("flash"), forKnown.getCookie("flash"));
        String pageKnown = given().cookie("flash", forKnown.getCookie("flash")).get("/events/" + slug).asString();
        String pageUnknown = given().cookie("flash", forUnknown.getCookie("flash")).get("/events/" + slug).asString();
        assertEquals(withoutTokens(pageUnknown), withoutTokens(pageKnown));
        assertTrue(pageKnown.contains("We have e-mailed the details of your answer"), pageKnown);
    }

    // --- Point 6: public names are confirmed names ------------------------------------------------------

    @Test
    void onlyConfirmedSignersAreNamedOnThePetitionPage() throws Exception {
        long petition = PrivacyFixtures.petition(em);
        String slug = UnsubscribeTest.value("SELECT slug FROM petition WHERE id = " + petition);
        long confirmed = PrivacyFixtures.person(PrivacyFixtures.unique("conf") + "@example.org", "Connie", "Firmed", false, "en");
        long unconfirmed = PrivacyFixtures.person(PrivacyFixtures.unique("unconf") + "@example.org", "Fakey", "Typed", false, "en");
        PrivacyFixtures.sign(em, petition, confirmed, null, true);
        PrivacyFixtures.sign(em, petition, unconfirmed, null, false);
        given().get("/petitions/" + slug).then().statusCode(200)
                .body(containsString("Connie F."), not(containsString("Fakey")),
                        containsString("<strong>2</strong>"), containsString("1 of them confirmed their e-mail address."));
    }

    // --- helpers ---------------------------------------------------------------------------------------

    private String petitionSlug() throws Exception {
        long id = PrivacyFixtures.petition(em);
        return UnsubscribeTest.value("SELECT slug FROM petition WHERE id = " + id);
    }

    private Map<String, String> signForm(String first, String last, String email, String zip, boolean news) {
        Map<String, String> form = new HashMap<>(Map.of("firstName", first, "lastName", last, "email", email, "zip", zip,
                "comment", "", "started", signing.startedToken(Instant.now().minusSeconds(30))));
        if (news) {
            form.put("emailUpdates", "yes");
        }
        return form;
    }

    private Response sign(String slug, String first, String last, String email, String zip, boolean news) {
        return Forms.open("/petitions/" + slug).form().header("X-Forwarded-For", Visitors.nextIp())
                .formParams(signForm(first, last, email, zip, news)).post("/petitions/" + slug + "/sign");
    }

    static Response rsvp(String slug, String first, String email, String guests) {
        return Forms.open("/events/" + slug).form().header("X-Forwarded-For", Visitors.nextIp())
                .formParam("started", Visitors.rsvpStarted())
                .formParams(Map.of("firstName", first, "lastName", "Tester", "email", email, "zip", "05401", "guests", guests))
                .post("/events/" + slug + "/rsvp");
    }

    /** The per-request tokens (CSRF, form-started time) are the only bytes that may differ. */
    private static String withoutTokens(String page) {
        return page.replaceAll("name=\"csrf-token\" value=\"[^\"]*\"", "")
                .replaceAll("name=\"started\" value=\"[^\"]*\"", "");
    }

    /** The plain-text part of a message, however it is nested. */
    static String text(jakarta.mail.Part part) throws Exception {
        if (part.isMimeType("text/plain")) {
            return (String) part.getContent();
        }
        if (part.getContent() instanceof jakarta.mail.Multipart multipart) {
            for (int i = 0; i < multipart.getCount(); i++) {
                String found = text(multipart.getBodyPart(i));
                if (found != null) {
                    return found;
                }
            }
        }
        return null;
    }

    private static String subject(MimeMessage m) {
        try {
            return m.getSubject();
        } catch (jakarta.mail.MessagingException e) {
            throw new IllegalStateException(e);
        }
    }
}
