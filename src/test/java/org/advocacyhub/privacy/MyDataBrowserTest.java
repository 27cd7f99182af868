package org.advocacyhub.privacy;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.GreenMailUtil;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.net.URL;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.advocacyhub.mail.OutboxSender;
import org.advocacyhub.testsupport.Browser;
import org.advocacyhub.testsupport.InjectMailServer;
import org.advocacyhub.testsupport.Mailbox;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * A supporter on a phone finds "Your data" in the footer, gets the link by e-mail, reads their record,
 * corrects a mistake, reads it in Spanish, stops news and erases themselves. axe-core checks every
 * page on the way at 390 and 1280 px.
 */
@QuarkusTest
class MyDataBrowserTest {

    private static final Pattern LINK = Pattern.compile("(http://localhost:\\d+/my-data/[0-9]+\\.[0-9]+\\.[A-Za-z0-9_-]+)");

    static Browser browser;

    @TestHTTPResource("/")
    URL home;

    @InjectMailServer
    GreenMail mail;

    @Inject
    OutboxSender sender;

    @Inject
    EntityManager em;

    @Inject
    Subscriptions subscriptions;

    @BeforeAll
    static void openBrowser() {
        browser = new Browser();
    }

    @AfterAll
    static void closeBrowser() {
        browser.close();
    }

    @Test
    void aSupporterSeesCorrectsAndErasesTheirData() throws Exception {
        String email = PrivacyFixtures.unique("browser") + "@example.org";
        long id = PrivacyFixtures.person(email, "Bea", "Browser", true, "en");
        long petition = PrivacyFixtures.petition(em);
        PrivacyFixtures.sign(em, petition, id, "Research gave me my life back.", true);
        long event = PrivacyFixtures.event(em, "browser-host-" + System.nanoTime(), "Hana Host", "hana@example.org");
        PrivacyFixtures.rsvp(em, event, id);
        PrivacyFixtures.letter(em, id, "Dear Senator,\n\nPlease fund MS research.\n\nBea Browser");

        Page page = browser.newPage(Browser.PHONE);
        page.navigate(home.toString());
        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Your data")).click();
        Browser.check(page, "my-data-request");
        page.getByLabel("Your e-mail address").fill("not-an-address");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("E-mail me the link")).click();
        assertThat(page.locator("[data-error-summary]")).isFocused();
        Browser.check(page, "my-data-request-error");
        page.getByLabel("Your e-mail address").fill(email);
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("E-mail me the link")).click();
        assertThat(page.locator("h1")).hasText("Check your e-mail");
        Browser.check(page, "my-data-sent");

        Mailbox.deliverAll(sender);
        String body = GreenMailUtil.getBody(Mailbox.to(mail, email).get(0)).replace("=\r\n", "");
        Matcher link = LINK.matcher(body);
        assertTrue(link.find(), body);
        page.navigate(link.group(1));
        assertThat(page.locator("h1")).hasText("Everything we hold about you");
        assertThat(page.locator("main")).containsText("Research gave me my life back.");
        Browser.check(page, "my-data-record");

        page.getByLabel("ZIP code").first().fill("123");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Save my details")).click();
        assertThat(page.locator("[data-error-summary]")).isFocused();
        Browser.check(page, "my-data-record-error");
        page.locator("#zip").fill("10001");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Save my details")).click();
        assertThat(page.locator(".flash")).containsText("Your details are saved.");

        // The same record in Spanish, from the header's switch.
        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Español")).click();
        assertThat(page.locator("html")).hasAttribute("lang", "es");
        assertThat(page.locator("h1")).hasText("Todo lo que guardamos sobre ti");
        Browser.check(page, "my-data-record-es");
        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("English")).click();

        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Stop news e-mails")).click();
        assertThat(page.locator(".flash")).containsText("no more news e-mails");

        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Erase yourself")).first().click();
        Browser.check(page, "my-data-erase");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Erase me")).click();
        assertThat(page.locator("[data-error-summary]")).isFocused();
        Browser.check(page, "my-data-erase-error");
        page.getByLabel("I understand: erase me").check();
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Erase me")).click();
        assertThat(page.locator("h1")).hasText("You are erased");
        Browser.check(page, "my-data-erased");
        assertTrue(MyDataTest.placesHolding(java.util.List.of(email)).isEmpty());
    }

    @Test
    void theUnsubscribePageAndThePrivacyNoticeAreClear() {
        String email = PrivacyFixtures.unique("browser-unsub") + "@example.org";
        long id = PrivacyFixtures.person(email, "Ursa", "Unsub", true, "en");
        Page page = browser.newPage(Browser.PHONE);
        page.navigate(subscriptions.pageUrl(id));
        Browser.check(page, "unsubscribe");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Stop news e-mails")).click();
        assertThat(page.locator("[role=status]")).containsText("Done.");
        Browser.check(page, "unsubscribe-done");
        page.navigate(home + "privacy");
        assertThat(page.locator("h1")).hasText("Privacy");
        Browser.check(page, "privacy-notice");
    }

    @Test
    void aCoordinatorWritesChecksAndSendsNews() {
        PrivacyFixtures.person(PrivacyFixtures.unique("news-reader") + "@example.org", "Nia", "News", true, "en");
        Page page = browser.newPage(Browser.DESKTOP);
        Browser.signIn(page, home.toString(), "/coordinator/news", "coordinator", "coordinator-demo");
        assertThat(page.locator("h1")).hasText("News e-mails");
        Browser.check(page, "news");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Preview it")).click();
        assertThat(page.locator("[data-error-summary]")).isFocused();
        Browser.check(page, "news-error");
        page.getByLabel("Subject").fill("The walk is on Saturday");
        page.getByLabel("Your message").fill("Meet at 10 by the lake.\n\nBring water.");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Preview it")).click();
        assertThat(page.locator("h1")).hasText("Check your news e-mail");
        assertThat(page.locator(".mail-preview")).containsText("To stop these e-mails");
        Browser.check(page, "news-preview");
        page.locator("button[value=send]").click();
        assertThat(page.locator(".flash")).containsText("on its way");
        assertThat(page.locator("table")).containsText("The walk is on Saturday");
    }
}
