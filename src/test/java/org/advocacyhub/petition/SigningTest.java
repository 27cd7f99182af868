package org.advocacyhub.petition;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.endsWith;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.icegreen.greenmail.util.GreenMail;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import jakarta.mail.internet.MimeMessage;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.advocacyhub.mail.OutboxSender;
import org.advocacyhub.supporter.Supporter;
import org.advocacyhub.testsupport.Forms;
import org.advocacyhub.testsupport.InjectMailServer;
import org.junit.jupiter.api.Test;

/** Signing without an account, counted honestly, over the real PostgreSQL and a real SMTP server. */
@QuarkusTest
class SigningTest {

    private static final AtomicInteger IP = new AtomicInteger(1);

    @InjectMailServer
    GreenMail mail;

    @Inject
    OutboxSender sender;

    @Inject
    Signing signing;

    /** Each visitor gets an address of their own, as behind a proxy, so the per-IP limit is not in the way. */
    static String nextIp() {
        int n = IP.getAndIncrement();
        return "198.51." + (n / 250) + "." + (n % 250 + 1);
    }

    io.restassured.response.Response sign(Forms.Page page, Petition p, Map<String, String> form, String ip) {
        return page.form().header("X-Forwarded-For", ip).formParams(form).post("/petitions/" + p.slug + "/sign");
    }

    @Test
    void aSignatureIsCountedAndTheSamePersonAgainChangesNothing() throws Exception {
        Petition p = PetitionFixtures.open("Count me once");
        Forms.Page page = Forms.open("/petitions/" + p.slug);
        sign(page, p, PetitionFixtures.form(signing, "Ann", "ann.count@example.net"), nextIp())
                .then().statusCode(303).header("Location", endsWith("/petitions/" + p.slug + "/thanks"));
        assertEquals(1, PetitionFixtures.signatures(p));
        String firstThanks = given().get("/petitions/" + p.slug + "/thanks").then().statusCode(200)
                .body(containsString("Thank you for signing"), containsString("<strong>1</strong> person has signed"))
                .extract().asString();

        // The same address with other case and spaces: thanked the same way, still one signature, no new mail.
        sign(page, p, PetitionFixtures.form(signing, "Ann", "  ANN.Count@Example.net "), nextIp())
                .then().statusCode(303).header("Location", endsWith("/petitions/" + p.slug + "/thanks"));
        assertEquals(1, PetitionFixtures.signatures(p));
        assertEquals(firstThanks.replaceAll("csrf[^\"]*\"[^\"]*\"", ""),
                given().get("/petitions/" + p.slug + "/thanks").asString().replaceAll("csrf[^\"]*\"[^\"]*\"", ""));
        org.advocacyhub.testsupport.Mailbox.deliverAll(sender);
        assertEquals(1, org.advocacyhub.testsupport.Mailbox.to(mail, "ann.count@example.net").size());
        assertEquals(1L, QuarkusTransaction.requiringNew().call(() -> Supporter.count("email", "ann.count@example.net")));
    }

    @Test
    void fiftyRacingRequestsWithOneEmailMakeOneSignature() throws Exception {
        Petition p = PetitionFixtures.open("Race one address");
        Forms.Page page = Forms.open("/petitions/" + p.slug);
        List<Integer> statuses = race(50, i -> sign(page, p, PetitionFixtures.form(signing, "Bo", "bo.race@example.net"), nextIp()).statusCode());
        assertEquals(1, PetitionFixtures.signatures(p));
        assertTrue(statuses.stream().allMatch(s -> s == 303 || s == 429), "never an error: " + statuses);
    }

    @Test
    void fiftyRacingRequestsWithFiftyEmailsMakeFiftySignatures() throws Exception {
        Petition p = PetitionFixtures.open("Race fifty addresses");
        Forms.Page page = Forms.open("/petitions/" + p.slug);
        List<Integer> statuses = race(50, i -> sign(page, p, PetitionFixtures.form(signing, "Cy", "cy" + i + ".race@example.net"), nextIp()).statusCode());
        assertTrue(statuses.stream().allMatch(s -> s == 303), statuses.toString());
        assertEquals(50, PetitionFixtures.signatures(p));
    }

    @Test
    void theConfirmationLinkVerifiesOnceAndAForgedTokenDoesNothing() throws Exception {
        Petition p = PetitionFixtures.open("Confirm me");
        Forms.Page page = Forms.open("/petitions/" + p.slug);
        sign(page, p, PetitionFixtures.form(signing, "Dee", "dee.confirm@example.net"), nextIp()).then().statusCode(303);
        org.advocacyhub.testsupport.Mailbox.deliverAll(sender);
        MimeMessage m = org.advocacyhub.testsupport.Mailbox.to(mail, "dee.confirm@example.net").get(0);
        assertEquals("Please confirm your signature: Confirm me", m.getSubject());
        Matcher link = Pattern.compile("/petitions/confirm/(\\d+)\\?token=([A-Za-z0-9_-]+)").matcher(m.getContent().toString());
        assertTrue(link.find());
        long id = Long.parseLong(link.group(1));

        // Opening the link (as a mail scanner would) confirms nothing.
        Forms.Page confirm = Forms.open(link.group(0));
        assertNull(verifiedAt(id));
        confirm.form().formParam("token", "forged-token").post("/petitions/confirm/" + id).then().statusCode(404);
        given().get("/petitions/confirm/" + id + "?token=forged").then().statusCode(404);
        assertNull(verifiedAt(id));

        confirm.form().formParam("token", link.group(2)).post("/petitions/confirm/" + id).then().statusCode(303);
        Instant first = verifiedAt(id);
        assertNotNull(first);
        confirm.form().formParam("token", link.group(2)).post("/petitions/confirm/" + id).then().statusCode(303);
        assertEquals(first, verifiedAt(id), "a reused link changes nothing");
        given().get("/petitions/" + p.slug).then().body(containsString("1 of them confirmed their e-mail address"));
    }

    @Test
    void closedAndPastDeadlinePetitionsRefuseWithAClearMessage() {
        Petition closed = PetitionFixtures.petition("Closed one", PetitionStatus.CLOSED, null);
        Petition late = PetitionFixtures.petition("Too late one", PetitionStatus.OPEN, LocalDate.now(Petition.DEADLINE_ZONE).minusDays(1));
        for (Petition p : List.of(closed, late)) {
            given().get("/petitions/" + p.slug).then().statusCode(200)
                    .body(containsString("This petition is closed"), org.hamcrest.Matchers.not(containsString("name=\"firstName\"")));
            Forms.Page page = Forms.open("/petitions/" + PetitionFixtures.open("Open for a token " + p.title).slug);
            sign(page, p, PetitionFixtures.form(signing, "Eli", "eli.closed@example.net"), nextIp())
                    .then().statusCode(409).body(containsString("This petition is closed"));
            assertEquals(0, PetitionFixtures.signatures(p));
        }
        given().get("/petitions/" + late.slug).then().body(containsString("its last day has passed"));
    }

    @Test
    void theHoneypotAndTooFastSubmitsAreRefusedPolitelyAndStoreNothing() {
        Petition p = PetitionFixtures.open("No robots");
        Forms.Page page = Forms.open("/petitions/" + p.slug);
        Map<String, String> robot = new HashMap<>(PetitionFixtures.form(signing, "Rob", "rob.bot@example.net"));
        robot.put("website", "http://spam.example");
        sign(page, p, robot, nextIp()).then().statusCode(400).body(containsString("We could not take your signature"));

        Map<String, String> fast = new HashMap<>(PetitionFixtures.form(signing, "Flash", "flash.fast@example.net"));
        fast.put("started", signing.startedToken(Instant.now()));
        sign(page, p, fast, nextIp()).then().statusCode(400)
                .body(containsString("quicker than we expected"), containsString("value=\"flash.fast@example.net\""))
                // The form shown again keeps the time it was first shown: sending it again once that is
                // long enough ago works, however quickly the person answers the message.
                .body(containsString("name=\"started\" value=\"" + fast.get("started") + "\""));

        Map<String, String> forged = new HashMap<>(PetitionFixtures.form(signing, "Fay", "fay.forged@example.net"));
        forged.put("started", "1.abc");
        sign(page, p, forged, nextIp()).then().statusCode(400).body(containsString("We could not take your signature"));

        assertEquals(0, PetitionFixtures.signatures(p));
        assertEquals(0L, QuarkusTransaction.requiringNew().call(() -> Supporter.count("email in ?1",
                List.of("rob.bot@example.net", "flash.fast@example.net", "fay.forged@example.net"))));
    }

    @Test
    void tooManyAttemptsFromOneAddressOrForOneEmailGetAPolitePage() {
        Petition p = PetitionFixtures.open("Rate limited");
        Forms.Page page = Forms.open("/petitions/" + p.slug);
        String ip = nextIp();
        for (int i = 0; i < 20; i++) {
            sign(page, p, PetitionFixtures.form(signing, "Gus", "gus" + i + ".rate@example.net"), ip).then().statusCode(303);
        }
        sign(page, p, PetitionFixtures.form(signing, "Gus", "gus-last.rate@example.net"), ip).then().statusCode(429)
                .body(containsString("Please wait ten minutes"));
        assertEquals(20, PetitionFixtures.signatures(p));

        Petition q = PetitionFixtures.open("Rate limited by address");
        for (int i = 0; i < 5; i++) {
            sign(page, q, PetitionFixtures.form(signing, "Hal", "hal.rate@example.net"), nextIp()).then().statusCode(303);
        }
        sign(page, q, PetitionFixtures.form(signing, "Hal", "hal.rate@example.net"), nextIp()).then().statusCode(429);
        assertEquals(1, PetitionFixtures.signatures(q));
    }

    @Test
    void badInputGetsMessagesBesideTheFieldsKeepsTheInputAndStoresNothing() {
        Petition p = PetitionFixtures.open("Careful signing");
        Map<String, String> bad = new HashMap<>(PetitionFixtures.form(signing, "", "no-at-sign"));
        bad.put("lastName", "<img src=x onerror=alert(1)>");
        bad.put("zip", "5401");
        bad.put("comment", "x".repeat(600));
        String page = sign(Forms.open("/petitions/" + p.slug), p, bad, nextIp()).then().statusCode(400).extract().asString();
        assertTrue(page.contains("<title>Error: Careful signing"));
        assertTrue(page.contains("Enter your first name"));
        assertTrue(page.contains("Enter an e-mail address in the right format"));
        assertTrue(page.contains("Enter your ZIP code, 5 digits"));
        assertTrue(page.contains("Your comment must be 500 characters or fewer; it has 600"));
        assertTrue(page.contains("value=\"&lt;img src=x onerror=alert(1)&gt;\""));
        assertTrue(page.contains("value=\"no-at-sign\""));
        assertTrue(page.contains("name=\"started\" value=\"" + bad.get("started") + "\""), "the first time kept");
        assertEquals(0, PetitionFixtures.signatures(p));
    }

    @Test
    void shownNamesAreFirstNameLastInitialAndStateOnly() {
        Petition p = PetitionFixtures.open("Show my name");
        Forms.Page page = Forms.open("/petitions/" + p.slug);
        Map<String, String> shown = new HashMap<>(PetitionFixtures.form(signing, "Ivy", "ivy.shown@example.net"));
        shown.put("lastName", "Quinn");
        shown.put("showName", "yes");
        sign(page, p, shown, nextIp()).then().statusCode(303);
        Map<String, String> hidden = new HashMap<>(PetitionFixtures.form(signing, "Jay", "jay.hidden@example.net"));
        hidden.put("lastName", "Private");
        sign(page, p, hidden, nextIp()).then().statusCode(303);
        // Only confirmed signatures lend their name: anyone can type a name with anyone's address.
        String body = given().get("/petitions/" + p.slug).asString();
        assertTrue(!body.contains("Ivy") && !body.contains("Jay"), body);
        QuarkusTransaction.requiringNew().run(() -> Signature.<Signature>list("petition.id", p.id).forEach(g -> signing.confirm(g.id)));
        body = given().get("/petitions/" + p.slug).asString();
        assertTrue(body.contains("<li>Ivy Q., VT</li>"), body);
        assertTrue(!body.contains("Quinn") && !body.contains("Jay") && !body.contains("Private"));
    }

    private static Instant verifiedAt(long id) {
        return QuarkusTransaction.requiringNew().call(() -> Signature.<Signature>findById(id).verifiedAt);
    }

    interface Attempt {
        int run(int i) throws Exception;
    }

    static List<Integer> race(int n, Attempt attempt) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(n);
        try {
            List<Callable<Integer>> calls = new ArrayList<>();
            for (int i = 0; i < n; i++) {
                int k = i;
                calls.add(() -> attempt.run(k));
            }
            List<Integer> statuses = new ArrayList<>();
            for (Future<Integer> f : pool.invokeAll(calls)) {
                statuses.add(f.get());
            }
            return statuses;
        } finally {
            pool.shutdown();
        }
    }
}
