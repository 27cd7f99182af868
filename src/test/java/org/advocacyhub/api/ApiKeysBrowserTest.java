package org.advocacyhub.api;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import java.net.URL;
import org.advocacyhub.testsupport.Browser;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The demo coordinator, signed in through Keycloak in a real Chromium, makes a key (after a mistake),
 * copies it from the page that shows it once, and revokes it; axe-core checks each page at both widths.
 */
@QuarkusTest
class ApiKeysBrowserTest {

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
    void aCoordinatorMakesAndRevokesAKey() {
        Page page = browser.newPage(Browser.DESKTOP);
        Browser.signIn(page, home.toString(), "/coordinator", "coordinator", "coordinator-demo");
        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("API keys for partners")).click();
        assertThat(page.locator("h1")).hasText("API keys for partners");
        Browser.check(page, "api-keys");

        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Make the key")).click();
        assertThat(page.locator("[data-error-summary]")).isFocused();
        assertThat(page.locator("#name-error")).containsText("Enter a name for the key");
        Browser.check(page, "api-keys-error");

        String name = ApiFixtures.unique("Browser sync");
        page.getByLabel("Name of the tool or partner").fill(name);
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Make the key")).click();
        assertThat(page.locator("h1")).hasText("Your new key");
        String key = page.getByLabel("The key").inputValue();
        assertTrue(key.startsWith("ahk_") && key.length() == 47, key);
        Browser.check(page, "api-key-created");

        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Back to the API keys")).click();
        page.getByRole(AriaRole.ROW).filter(new Locator.FilterOptions().setHasText(name))
                .getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("Revoke")).click();
        assertThat(page.locator(".flash")).containsText("is revoked");
        Browser.check(page, "api-keys-revoked");
        ApiFixtures.withKey(key).get("/api/v1").then().statusCode(401);
    }
}
