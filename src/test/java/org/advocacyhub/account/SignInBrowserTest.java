package org.advocacyhub.account;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertEquals;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import java.net.URL;
import org.advocacyhub.testsupport.Browser;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The real journey: Keycloak's own login form, in a real Chromium, then axe-core on what we serve. */
@QuarkusTest
class SignInBrowserTest {

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
    void theDemoVolunteerSignsInSeesTheirNameAndSignsOut() {
        Page page = browser.newPage(Browser.DESKTOP);
        page.navigate(home.toString());
        assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setLevel(1)))
                .hasText("Act together for MS and autoimmune research");
        Browser.screenshot(page, "home-1280");
        assertEquals("", Browser.accessibilityViolations(page));

        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Sign in").setExact(true)).click();
        page.waitForURL("**/realms/advocacy/**");
        Browser.screenshot(page, "keycloak-login");
        page.locator("#username").fill("volunteer");
        page.locator("#password").fill("volunteer-demo");
        page.locator("#kc-login").click();

        page.waitForURL(home + "**");
        assertThat(page.locator(".account-name")).containsText("Vera Volunteer");
        Browser.screenshot(page, "home-signed-in-1280");
        assertEquals("", Browser.accessibilityViolations(page));

        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Signed in as Vera Volunteer")).click();
        assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setLevel(1))).hasText("Your activity");
        Browser.screenshot(page, "my-activity-1280");
        assertEquals("", Browser.accessibilityViolations(page));

        // Another site's link or image to a logout address signs nobody out: there is no such GET.
        page.navigate(home + "logout");
        page.navigate(home + "me");
        assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setLevel(1))).hasText("Your activity");
        assertThat(page.locator(".account-name")).containsText("Vera Volunteer");
        // Neither does a GET of the sign-out address: it only shows the button.
        page.navigate(home + "account/sign-out");
        assertThat(page.locator(".account-name")).containsText("Vera Volunteer");
        assertEquals("", Browser.accessibilityViolations(page));

        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Sign out")).first().click();
        // Keycloak ends its session too and sends the person back to the home page.
        page.waitForURL(url -> url.startsWith(home.toString()) && !url.contains("/realms/"));
        assertThat(page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Sign in").setExact(true))).isVisible();
        assertThat(page.locator(".account-name")).hasCount(0);
        // Signed out for real: the activity page asks Keycloak again.
        page.navigate(home + "me");
        page.waitForURL("**/realms/advocacy/**");
        page.context().close();
    }

    @Test
    void thePagesReadWellOnAPhone() {
        Page page = browser.newPage(Browser.PHONE);
        page.navigate(home.toString());
        Browser.screenshot(page, "home-390");
        assertEquals("", Browser.accessibilityViolations(page));
        page.navigate(home + "events?zip=54O1");
        assertThat(page.locator("[data-error-summary]")).isFocused();
        Browser.screenshot(page, "events-error-390");
        assertEquals("", Browser.accessibilityViolations(page));
        page.navigate(home + "no-such-page");
        Browser.screenshot(page, "not-found-390");
        assertEquals("", Browser.accessibilityViolations(page));
        page.context().close();
    }
}
