package org.advocacyhub.call;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import java.net.URL;
import org.advocacyhub.letter.Targets;
import org.advocacyhub.testsupport.Browser;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * A caller from ZIP code 10001 (two districts) in a real Chromium: picks a district, sees whom to call
 * with the numbers as tel: links, says how a call went; a coordinator then sees it in the results.
 * axe-core checks every page at 390 and 1280 px.
 */
@QuarkusTest
class CallsBrowserTest {

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
        CallFixtures.closeAll();
    }

    static void click(Page page, String button) {
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName(button)).first().click();
    }

    @Test
    void aCallerFromASplitZipPicksTheirDistrictCallsAndTheCoordinatorSeesIt() {
        CallCampaign c = CallFixtures.open("Browser calls for MS research", Targets.BOTH);
        Page page = browser.newPage(Browser.DESKTOP);

        page.navigate(home + "calls");
        Browser.check(page, "calls-list");
        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName(c.title)).click();
        Browser.check(page, "calls-step1");

        page.getByLabel("First name").fill("Robin");
        page.getByLabel("Town or city").fill("New York");
        page.getByLabel("ZIP code").fill("10001");
        click(page, "Continue: whom to call");

        assertThat(page.locator("h1")).hasText("Which district do you live in?");
        Browser.check(page, "calls-district");
        page.getByLabel("NY-12", new Page.GetByLabelOptions().setExact(false)).check();
        click(page, "Continue: whom to call");

        assertThat(page.locator(".step-counter")).hasText("Step 2 of 2: Call and tell us how it went");
        assertThat(page.locator("h1")).hasText("Whom to call");
        assertThat(page.locator("h2#callee-2")).containsText("Jerrold Nadler");
        assertThat(page.locator("section.callee").nth(2).locator("a[href^='tel:+1']").first()).isVisible();
        assertThat(page.locator("section.callee").nth(2).locator(".user-text")).containsText("my name is Robin from New York, NY");
        Browser.check(page, "calls-call");

        // A person takes longer than the signed start time's minimum: the call itself.
        page.waitForTimeout(3500);
        page.locator("section.callee").nth(2).getByLabel("I left a voicemail").check();
        page.locator("section.callee").nth(2).getByRole(AriaRole.BUTTON).click();
        assertThat(page.locator("[role=status]")).containsText("We have counted your call to Representative Nadler");
        assertThat(page.locator("section.callee").nth(2)).containsText("Counted today: I left a voicemail.");
        Browser.check(page, "calls-recorded");
        page.close();

        Page coordinator = browser.newPage(Browser.DESKTOP);
        Browser.signIn(coordinator, home.toString(), "/coordinator/calls/" + c.id, "coordinator", "coordinator-demo");
        coordinator.navigate(home + "coordinator/calls/" + c.id);
        assertThat(coordinator.locator("[data-calls-total]")).containsText("1");
        assertThat(coordinator.locator("#by-legislator").locator("xpath=..")).containsText("Jerrold Nadler");
        assertThat(coordinator.locator("#by-state").locator("xpath=..")).containsText("NY");
        assertTrue(coordinator.locator("svg.chart").isVisible());
        Browser.check(coordinator, "calls-results");
        coordinator.navigate(home + "coordinator");
        assertThat(coordinator.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Call campaigns"))).isVisible();
        coordinator.navigate(home + "coordinator/calls/new");
        Browser.check(coordinator, "calls-new-campaign");
    }
}
