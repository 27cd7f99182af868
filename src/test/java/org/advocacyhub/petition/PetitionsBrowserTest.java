package org.advocacyhub.petition;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.icegreen.greenmail.util.GreenMail;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import jakarta.mail.internet.MimeMessage;
import java.net.URL;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.advocacyhub.mail.OutboxSender;
import org.advocacyhub.testsupport.Browser;
import org.advocacyhub.testsupport.InjectMailServer;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * A coordinator writes and opens a petition; an anonymous visitor signs it, sees the count move,
 * and confirms their address from the e-mail. axe-core checks every petition page at 1280 and 390 px.
 */
@QuarkusTest
class PetitionsBrowserTest {

    static Browser browser;

    @TestHTTPResource("/")
    URL home;

    @InjectMailServer
    GreenMail mail;

    @Inject
    OutboxSender sender;

    @BeforeAll
    static void openBrowser() {
        browser = new Browser();
    }

    @AfterAll
    static void closeBrowser() {
        browser.close();
    }

    @Test
    void aCoordinatorOpensAPetitionAVisitorSignsAndConfirms() throws Exception {
        String title = "Browser petition for MS research";

        Page coordinator = browser.newPage(Browser.DESKTOP);
        Browser.signIn(coordinator, home.toString(), "/coordinator/petitions", "coordinator", "coordinator-demo");
        Browser.check(coordinator, "petition-admin-list");
        coordinator.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Write a new petition")).click();
        Browser.check(coordinator, "petition-admin-new");
        coordinator.getByLabel("Title").fill(title);
        coordinator.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Save and preview")).click();
        assertThat(coordinator.locator("[data-error-summary]")).isFocused();
        Browser.check(coordinator, "petition-admin-new-error");
        coordinator.getByLabel("Summary").fill("Ask Congress to double MS research funding.");
        coordinator.getByLabel("The petition's text").fill("## Why\n\nResearch brings **new treatments**.\n\n- Fund the NIH\n- Fund the DoD MS program");
        coordinator.getByLabel("Goal (number of signatures)").fill("1000");
        coordinator.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Save and preview")).click();
        assertThat(coordinator.locator(".notice")).containsText("Preview.");
        Browser.check(coordinator, "petition-admin-preview");
        coordinator.navigate(home + "coordinator/petitions");
        coordinator.locator("tr", new Page.LocatorOptions().setHasText(title))
                .getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("Open for signing")).click();
        assertThat(coordinator.locator(".flash")).containsText("The petition is open");

        Page visitor = browser.newPage(Browser.PHONE);
        visitor.navigate(home + "petitions");
        Browser.check(visitor, "petition-list");
        visitor.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName(title)).click();
        assertThat(visitor.locator("#count-text")).containsText("0 people have signed");
        Browser.check(visitor, "petition-page");
        visitor.getByLabel("First name", new Page.GetByLabelOptions().setExact(true)).fill("Sam");
        visitor.getByLabel("Last name", new Page.GetByLabelOptions().setExact(true)).fill("Signer");
        visitor.getByLabel("E-mail address", new Page.GetByLabelOptions().setExact(true)).fill("sam.browser@example.net");
        visitor.getByLabel("ZIP code", new Page.GetByLabelOptions().setExact(true)).fill("05401");
        visitor.getByLabel("Show my first name, last initial and state on this page").check();
        visitor.waitForTimeout(3500); // people take a few seconds; the form refuses faster robots
        visitor.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Sign the petition")).click();
        assertThat(visitor.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setLevel(1))).hasText("Thank you for signing");
        assertThat(visitor.locator("#count-text")).containsText("1 person has signed");
        Browser.check(visitor, "petition-thanks");

        org.advocacyhub.testsupport.Mailbox.deliverAll(sender);
        MimeMessage message = org.advocacyhub.testsupport.Mailbox.to(mail, "sam.browser@example.net").get(0);
        Matcher link = Pattern.compile("http://\\S+/petitions/confirm/\\d+\\?token=\\S+").matcher(message.getContent().toString());
        assertTrue(link.find());
        visitor.navigate(link.group());
        Browser.check(visitor, "petition-confirm");
        visitor.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Confirm my signature")).click();
        assertThat(visitor.locator(".flash")).containsText("your e-mail address is confirmed");
        assertThat(visitor.locator(".standing")).containsText("1 of them confirmed");
        assertThat(visitor.locator(".recent-signers")).containsText("Sam S., VT");
        visitor.context().close();

        coordinator.navigate(home + "coordinator/petitions");
        coordinator.locator("tr", new Page.LocatorOptions().setHasText(title))
                .getByRole(AriaRole.LINK, new Locator.GetByRoleOptions().setName("Delivery page")).click();
        assertThat(coordinator.locator(".delivery")).containsText("Sam Signer");
        Browser.check(coordinator, "petition-delivery");
        coordinator.context().close();
    }

}
