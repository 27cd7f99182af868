package org.advocacyhub.event;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import io.quarkus.test.security.oidc.Claim;
import io.quarkus.test.security.oidc.OidcSecurity;
import java.net.URL;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import org.advocacyhub.testsupport.Browser;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The review of a change to a published event in a real Chromium, at 1280 and 390 px, with axe-core:
 * the coordinators' side-by-side table and the host's "waiting for review" edit page. @TestSecurity
 * stands in for the login here (the full Keycloak journey is EventsBrowserTest's), so the browser's
 * requests are the coordinator's or the host's.
 */
@QuarkusTest
class ChangeReviewBrowserTest {

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
    @TestSecurity(user = "rev-cora", roles = {"volunteer", "coordinator"})
    void aCoordinatorReadsTheChangeSideBySideOnADeskAndOnAPhone() {
        Event e = EventChangeReviewTest.approvedOnline("Browser review evening");
        EventChangeReviewTest.proposal(e, "Browser review evening, new title that is rather long to wrap on a phone",
                "https://meet.example.org/a-new-and-quite-long-room-name-for-the-evening", e.startsAt.plus(1, ChronoUnit.DAYS));
        Page page = browser.newPage(Browser.DESKTOP);
        page.navigate(home + "coordinator/events");
        assertThat(page.getByRole(AriaRole.TABLE, new Page.GetByRoleOptions()
                .setName("What the host changed: published now and proposed")).first()).isVisible();
        assertThat(page.getByRole(AriaRole.COLUMNHEADER, new Page.GetByRoleOptions().setName("Published now")).first()).isVisible();
        Browser.check(page, "change-review-queue");
        page.setViewportSize(Browser.PHONE, 844);
        // On a phone the rows stack, and each value still says which side it is.
        assertThat(page.locator("td[data-label='Proposed']").first()).isVisible();
        Browser.screenshot(page, "change-review-queue-phone-final");
        page.context().close();
    }

    @Test
    @TestSecurity(user = "rev-host", roles = "volunteer")
    @OidcSecurity(claims = {@Claim(key = "name", value = "Rhea Host"), @Claim(key = "email", value = "rev-host@example.org")})
    void theHostSeesTheirChangesAreWaiting() {
        Event e = EventChangeReviewTest.approvedOnline("Browser host evening");
        EventChangeReviewTest.proposal(e, "Browser host evening, renamed", EventChangeReviewTest.OLD_LINK, null);
        Page page = browser.newPage(Browser.DESKTOP);
        page.navigate(home + "events/" + e.slug + "/edit");
        assertThat(page.getByText("Changes are waiting for review.")).isVisible();
        assertThat(page.getByLabel("Title")).hasValue("Browser host evening, renamed");
        Browser.check(page, "change-review-host-edit");
        page.navigate(home + "events/" + e.slug);
        assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setName("Browser host evening").setExact(true))).isVisible();
        Browser.check(page, "change-review-host-event");
        page.context().close();
    }
}
