package org.advocacyhub.letter;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertEquals;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import java.net.URL;
import java.util.List;
import org.advocacyhub.testsupport.Browser;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * In a real Chromium, with axe-core at 390 and 1280 px: a supporter types one paragraph for all their
 * letters, chooses the offices' contact forms, copies each letter and says "I sent it"; a coordinator
 * sees the routes counted apart and the lobby-day files.
 */
@QuarkusTest
class LetterRoutesBrowserTest {

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
        LetterFixtures.closeAll();
    }

    static void click(Page page, String button) {
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName(button)).click();
    }

    @Test
    void aSupporterSendsThroughTheContactFormsAndTheCoordinatorSeesTheRoutes() {
        LetterCampaign c = LetterFixtures.open("Browser contact form letters", Targets.SENATE);
        Page page = browser.newPage(Browser.DESKTOP);
        page.navigate(home + "letters/" + c.slug);
        page.getByLabel("First name").fill("Robin");
        page.getByLabel("Last name").fill("Okafor");
        page.getByLabel("E-mail address").fill("robin.forms@example.net");
        page.getByLabel("Town or city").fill("Burlington");
        page.getByLabel("ZIP code").fill("05401");
        click(page, "Continue: find my legislators");

        assertThat(page.locator(".step-counter")).hasText("Step 2 of 3: Your letters");
        page.getByLabel("Your own paragraph for every letter (optional)").fill("I have lived with MS for ten years.");
        Browser.check(page, "letters-personal");
        click(page, "Continue: check my letters");

        assertThat(page.locator(".step-counter")).hasText("Step 3 of 3: Check and send");
        assertThat(page.locator("[data-letter-as-sent]").first()).containsText("I have lived with MS for ten years.");
        assertThat(page.locator("[data-letter-as-sent]").first()).containsText("Burlington, VT 05401");
        page.getByLabel("I will paste them into each office's contact form myself", new Page.GetByLabelOptions().setExact(false)).check();
        Browser.check(page, "letters-review-routes");
        click(page, "Send my letters");

        assertThat(page.locator("h1")).hasText("Send your letter to Senator Bernard Sanders");
        assertThat(page.getByLabel("Your letter, ready to copy")).containsText("Robin Okafor");
        Browser.check(page, "letters-deliver");
        click(page, "I sent it");
        assertThat(page.locator("h1")).hasText("Send your letter to Senator Peter Welch");
        click(page, "I sent it");
        assertThat(page.locator(".flash")).containsText("Thank you for sending your letters through the offices' forms");
        assertEquals(List.of(LetterStatus.SENT_BY_SUPPORTER, LetterStatus.SENT_BY_SUPPORTER),
                LetterFixtures.letters(c).stream().map(l -> l.status).toList());
        page.close();

        Page coordinator = browser.newPage(Browser.DESKTOP);
        Browser.signIn(coordinator, home.toString(), "/coordinator/letters/" + c.id, "coordinator", "coordinator-demo");
        coordinator.navigate(home + "coordinator/letters/" + c.id);
        assertThat(coordinator.locator("#by-route").locator("xpath=..")).containsText("Through the office's contact form, by the supporter");
        assertThat(coordinator.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("All letters to VT's legislators (PDF)")))
                .isVisible();
        Browser.check(coordinator, "letters-campaign-routes");
    }
}
