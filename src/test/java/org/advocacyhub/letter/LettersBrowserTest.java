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
 * An anonymous visitor writes to their legislators in a real Chromium, keyboard and form only:
 * details (with a mistake), their district, their letters, a last look, send. axe-core checks every
 * page at 1280 and 390 px.
 */
@QuarkusTest
class LettersBrowserTest {

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

    static void check(Page page, String name) {
        for (int width : new int[] {Browser.PHONE, Browser.DESKTOP}) {
            page.setViewportSize(width, width == Browser.PHONE ? 844 : 900);
            Browser.screenshot(page, name + "-" + width);
            assertEquals("", Browser.accessibilityViolations(page), name + " at " + width + " px");
        }
    }

    static void click(Page page, String button) {
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName(button)).click();
    }

    @Test
    void aVisitorWritesToTheirLegislatorsInThreeSteps() {
        LetterCampaign c = LetterFixtures.open("Browser letters for MS research", Targets.BOTH);
        Page page = browser.newPage(Browser.DESKTOP);

        page.navigate(home + "letters");
        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName(c.title)).click();
        check(page, "letters-step1");

        // Step 1, with a mistake: the message is beside the field and the rest is kept.
        page.getByLabel("First name").fill("Robin");
        page.getByLabel("Last name").fill("Okafor");
        page.getByLabel("E-mail address").fill("robin.letters@example.net");
        page.getByLabel("Town or city").fill("New York");
        page.getByLabel("ZIP code").fill("1000");
        click(page, "Continue: find my legislators");
        assertThat(page.locator("[data-error-summary]")).isFocused();
        assertThat(page.locator("#zip-error")).containsText("Enter your ZIP code");
        assertThat(page.getByLabel("Town or city")).hasValue("New York");
        check(page, "letters-step1-error");
        page.getByLabel("ZIP code").fill("10001");
        click(page, "Continue: find my legislators");

        // The ZIP code is in two districts: the visitor picks theirs.
        assertThat(page.locator("h1")).hasText("Which district do you live in?");
        check(page, "letters-district");
        page.getByLabel("NY-12", new Page.GetByLabelOptions().setExact(false)).check();
        click(page, "Continue: write my letters");

        // Step 2: a plain card and a letter for each.
        assertThat(page.locator("h1")).hasText("Your letters");
        assertThat(page.locator("section.letter h2")).hasText(new String[] {
            "To Senator Kirsten E. Gillibrand", "To Senator Charles E. Schumer", "To Representative Jerrold Nadler"});
        check(page, "letters-step2");
        page.locator("#body-2").fill("Dear Representative Nadler,\n\nI live with MS in your district. Please fund research.\n\nRobin");
        click(page, "Continue: check my letters");

        // Step 3: a last look, then send.
        assertThat(page.locator("h1")).hasText("Check your letters");
        assertThat(page.locator("body")).containsText("I live with MS in your district.");
        check(page, "letters-step3");
        click(page, "Send my letters");
        assertThat(page.locator(".flash")).containsText("Your letters are on their way");
        check(page, "letters-thanks");

        List<Letter> letters = LetterFixtures.letters(c);
        assertEquals(List.of("Gillibrand", "Schumer", "Nadler"), letters.stream().map(l -> l.legislator.lastName).toList());
        assertEquals("Dear Representative Nadler,\n\nI live with MS in your district. Please fund research.\n\nRobin",
                letters.get(2).body);

        page.navigate(home + "legislators?zip=05401");
        assertThat(page.locator("body")).containsText("119th Congress");
        check(page, "legislators-05401");
        page.context().close();
    }
}
