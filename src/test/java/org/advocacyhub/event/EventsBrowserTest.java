package org.advocacyhub.event;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import java.net.URL;
import java.time.LocalDate;
import org.advocacyhub.testsupport.Browser;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The events journey in a real Chromium, through Keycloak's real login: a volunteer hosts an event
 * with the forms, a coordinator approves it, an anonymous visitor finds it by ZIP and says they are
 * coming, and the host checks them in on a phone. axe-core checks every page at 1280 and 390 px.
 */
@QuarkusTest
class EventsBrowserTest {

    static Browser browser;

    @TestHTTPResource("/")
    URL home;

    @BeforeAll
    static void openBrowser() {
        browser = new Browser();
    }

    @AfterAll
    static void closeBrowser() {
        browser.close();
    }

    @Test
    void aVolunteerHostsACoordinatorApprovesAVisitorFindsAndRsvps() {
        String title = "Browser walk for MS research";
        String day = LocalDate.now().plusDays(45).toString();

        // The volunteer hosts the event.
        Page host = browser.newPage(Browser.DESKTOP);
        Browser.signIn(host, home.toString(), null, "volunteer", "volunteer-demo");
        host.navigate(home + "events/new");
        Browser.check(host, "event-new");
        host.getByLabel("Title").fill(title);
        host.getByLabel("Kind of event").selectOption("AWARENESS_WALK");
        host.getByLabel("Description").fill("A short, flat walk along the lake with benches on the way.");
        host.getByLabel("Date", new Page.GetByLabelOptions().setExact(true)).fill(day);
        host.getByLabel("Start time").fill("10:00");
        host.getByLabel("End time").fill("12:00");
        host.getByLabel("Street address").fill("20 Lake Street");
        host.getByLabel("Town or city").fill("Burlington");
        host.getByLabel("ZIP code").fill("0540");
        host.getByLabel("Number of places (optional)").fill("2");
        host.getByLabel("Accessible", new Page.GetByLabelOptions().setExact(true)).check();
        host.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Submit for approval")).click();
        // A mistake: the summary takes focus, the message sits by the field, the rest is kept.
        assertThat(host.locator("[data-error-summary]")).isFocused();
        assertThat(host.locator("#zip-error")).containsText("Enter the ZIP code of the place");
        assertThat(host.getByLabel("Title")).hasValue(title);
        Browser.check(host, "event-new-error");
        host.locator("[data-error-summary] a").first().click();
        assertThat(host.getByLabel("ZIP code")).isFocused();
        host.getByLabel("ZIP code").fill("05401");
        host.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Submit for approval")).click();
        assertThat(host.locator(".flash")).containsText("waiting for a coordinator");
        String eventUrl = host.url();
        Browser.check(host, "event-pending");

        // The coordinator approves it.
        Page coordinator = browser.newPage(Browser.DESKTOP);
        Browser.signIn(coordinator, home.toString(), null, "coordinator", "coordinator-demo");
        coordinator.navigate(home + "coordinator/events");
        Browser.check(coordinator, "approval-queue");
        coordinator.locator("li.result", new Page.LocatorOptions().setHasText(title))
                .getByRole(AriaRole.BUTTON, new com.microsoft.playwright.Locator.GetByRoleOptions().setName("Approve and publish")).click();
        assertThat(coordinator.locator(".flash")).containsText("Approved and published: “Browser walk for MS research”");
        coordinator.context().close();

        // An anonymous visitor on a phone finds it by ZIP and says they are coming.
        Page visitor = browser.newPage(Browser.PHONE);
        visitor.navigate(home + "events");
        visitor.getByLabel("Your ZIP code").fill("05401");
        visitor.getByLabel("From").fill(day);
        visitor.getByLabel("To").fill(day);
        visitor.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Search")).click();
        assertThat(visitor.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName(title))).isVisible();
        Browser.check(visitor, "event-search");
        visitor.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName(title)).click();
        Browser.check(visitor, "event-page");
        visitor.getByLabel("First name").fill("Robin");
        visitor.getByLabel("E-mail address").fill("robin.browser@example.net");
        visitor.waitForTimeout(3500); // people take a few seconds; the form refuses faster robots
        visitor.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("I am coming")).click();
        // Not signed in: the same words whether or not the address had answered before.
        assertThat(visitor.locator(".flash")).containsText("We have e-mailed the details of your answer");
        // The thank-you page (issue 14) shares and adds to calendars; the event page counts the place.
        assertThat(visitor.locator("h1")).hasText("Thank you for answering");
        Browser.check(visitor, "event-rsvp-thanks");
        visitor.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Back to the event")).click();
        assertThat(visitor.locator("body")).containsText("1 of 2 places left");
        Browser.check(visitor, "event-rsvp-done");
        visitor.context().close();

        // The host checks Robin in at the door, on a phone.
        host.navigate(eventUrl + "/attendees");
        Browser.check(host, "event-attendees");
        host.navigate(eventUrl + "/check-in");
        host.setViewportSize(Browser.PHONE, 844);
        host.locator(".check-in-list li", new Page.LocatorOptions().setHasText("Robin"))
                .getByRole(AriaRole.BUTTON).click();
        assertThat(host.locator(".flash")).containsText("Checked in");
        Browser.check(host, "event-check-in");
        host.navigate(home + "me");
        assertThat(host.locator("body")).containsText(title);
        Browser.check(host, "my-activity-host");
        host.context().close();
    }
}
