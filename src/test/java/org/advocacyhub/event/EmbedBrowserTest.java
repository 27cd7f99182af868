package org.advocacyhub.event;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertEquals;

import com.microsoft.playwright.FrameLocator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import java.net.URL;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import org.advocacyhub.letter.CampaignStatus;
import org.advocacyhub.letter.LetterCampaign;
import org.advocacyhub.letter.Targets;
import org.advocacyhub.petition.Petition;
import org.advocacyhub.petition.PetitionStatus;
import org.advocacyhub.share.EmbedOrigin;
import org.advocacyhub.testsupport.Browser;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Issue 14: the embed pages and the thank-you pages, in English and Spanish, at 390 and 1280 px with
 * axe-core; and an embed inside a partner's page (served by the browser itself as https://partner...):
 * shown on the listed site, refused on another.
 */
@QuarkusTest
class EmbedBrowserTest {

    static final String PARTNER = "https://partner-browser.example.org";

    static Browser browser;

    @TestHTTPResource("/")
    URL home;

    @BeforeAll
    static void openBrowser() {
        browser = new Browser();
        QuarkusTransaction.requiringNew().run(() -> {
            if (EmbedOrigin.count("origin", PARTNER) == 0) {
                EmbedOrigin o = new EmbedOrigin();
                o.origin = PARTNER;
                o.persist();
            }
        });
        io.quarkus.arc.Arc.container().instance(org.advocacyhub.share.EmbedFrames.class).get().changed();
    }

    @AfterAll
    static void closeBrowser() {
        browser.close();
        QuarkusTransaction.requiringNew().run(() -> EmbedOrigin.delete("origin", PARTNER));
        QuarkusTransaction.requiringNew().run(() -> LetterCampaign.<LetterCampaign>list("status", CampaignStatus.OPEN)
                .forEach(c -> c.status = CampaignStatus.CLOSED));
    }

    static Petition petition(String title) {
        return QuarkusTransaction.requiringNew().call(() -> {
            Petition p = new Petition();
            p.title = title;
            p.slug = "embed-browser-" + Long.toString(System.nanoTime(), 36);
            p.summary = "Ask the state to pay for MS nurses in rural clinics.";
            p.bodyMarkdown = "We ask for **nurses**.";
            p.target = "The Vermont legislature";
            p.goal = 100;
            p.status = PetitionStatus.OPEN;
            p.openedAt = Instant.now();
            p.persist();
            return p;
        });
    }

    @Test
    void theEmbedFormsWorkAndReadWellInBothLanguages() {
        Event e = EventFixtures.published("Embedded coffee morning", "05401", Instant.now().plus(15, ChronoUnit.DAYS), 20);
        Petition p = petition("Nurses for rural MS clinics");
        for (String lang : new String[] {"en", "es"}) {
            boolean es = lang.equals("es");
            Page page = browser.newPage(Browser.PHONE);
            page.navigate(home + "embed/events/" + e.slug + "?lang=" + lang);
            assertThat(page.locator("html")).hasAttribute("lang", lang);
            assertEquals(0, page.locator("header, footer, nav").count(), "a light page: no header, footer or menu");
            Browser.check(page, "embed-event-" + lang);
            page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName(es ? "Voy" : "I am coming")).click();
            assertThat(page.locator("#firstName-error")).isVisible();
            Browser.check(page, "embed-event-errors-" + lang);
            page.getByLabel(es ? "Nombre" : "First name", new Page.GetByLabelOptions().setExact(true)).fill("Rosa");
            page.getByLabel(es ? "Correo electrónico" : "E-mail address").fill("rosa.embed-" + lang + "@example.net");
            page.waitForTimeout(3500); // people take a few seconds; the form refuses faster robots
            page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName(es ? "Voy" : "I am coming")).click();
            assertThat(page.locator("h1")).hasText(es ? "Gracias" : "Thank you");
            Browser.check(page, "embed-event-thanks-" + lang);

            page.navigate(home + "embed/petitions/" + p.slug + "?lang=" + lang);
            Browser.check(page, "embed-petition-" + lang);
            page.getByLabel(es ? "Nombre" : "First name", new Page.GetByLabelOptions().setExact(true)).fill("Rosa");
            page.getByLabel(es ? "Apellido" : "Last name", new Page.GetByLabelOptions().setExact(true)).fill("Embed");
            page.getByLabel(es ? "Correo electrónico" : "E-mail address").fill("rosa.embed-" + lang + "@example.net");
            page.getByLabel(es ? "Código postal" : "ZIP code").fill("05401");
            page.waitForTimeout(3500);
            page.locator("form button[type=submit]").click();
            assertThat(page.locator("h1")).hasText(es ? "Gracias" : "Thank you");
            Browser.check(page, "embed-petition-thanks-" + lang);
            page.context().close();
        }
    }

    @Test
    void theThankYouPagesOfEventsAndLettersInBothLanguages() {
        Event e = EventFixtures.published("Thank you page picnic", "05401", Instant.now().plus(15, ChronoUnit.DAYS), null);
        LetterCampaign c = QuarkusTransaction.requiringNew().call(() -> {
            LetterCampaign l = new LetterCampaign();
            l.title = "Fund MS research this year";
            l.slug = "embed-browser-letters-" + Long.toString(System.nanoTime(), 36);
            l.intro = "Congress decides on MS research funding this spring.";
            l.talkingPoints = "Say why research matters to you.";
            l.chambers = Targets.BOTH;
            l.subjectTemplate = "Please fund MS research";
            l.bodyTemplate = "Dear {legislator.lastName}, please fund MS research. {supporter.firstName}";
            l.status = CampaignStatus.OPEN;
            l.persist();
            return l;
        });
        for (String lang : new String[] {"en", "es"}) {
            Page page = browser.newPage(Browser.PHONE);
            if (lang.equals("es")) {
                page.navigate(home + "language?to=es&then=/");
            }
            page.navigate(home + "events/" + e.slug + "/thanks");
            assertThat(page.locator("html")).hasAttribute("lang", lang);
            Browser.check(page, "event-thanks-" + lang);
            page.navigate(home + "letters/" + c.slug + "/thanks");
            Browser.check(page, "letter-thanks-" + lang);
            page.context().close();
        }
    }

    @Test
    void coordinatorsListTheSitesThatMayEmbedInBothLanguages() {
        String listed = "https://list-browser.example.org";
        try {
            Page page = browser.newPage(Browser.DESKTOP);
            Browser.signIn(page, home.toString(), null, "coordinator", "coordinator-demo");
            page.navigate(home + "coordinator/embeds");
            Browser.check(page, "embed-origins");
            page.getByLabel("Site address").fill("ftp://partner.example.org/page");
            page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Add the site")).click();
            assertThat(page.getByLabel("Site address")).hasValue("ftp://partner.example.org/page");
            Browser.check(page, "embed-origins-error");
            page.getByLabel("Site address").fill(listed);
            page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Add the site")).click();
            assertThat(page.locator("main")).containsText(listed);
            page.navigate(home + "language?to=es&then=%2Fcoordinator%2Fembeds");
            assertThat(page.locator("html")).hasAttribute("lang", "es");
            Browser.check(page, "embed-origins-es");
        } finally {
            QuarkusTransaction.requiringNew().run(() -> EmbedOrigin.delete("origin", listed));
            io.quarkus.arc.Arc.container().instance(org.advocacyhub.share.EmbedFrames.class).get().changed();
        }
    }

    @Test
    void aListedSiteShowsTheEmbedInItsPageAndAnotherSiteCannot() {
        Event e = EventFixtures.published("Framed support group", "05401", Instant.now().plus(15, ChronoUnit.DAYS), null);
        Page page = browser.newPage(Browser.DESKTOP);
        // The browser plays both sites over https, nothing goes out: the partner's page is made here, and
        // https://app.example.net is this app (every request passed on, our response and its headers as they are).
        page.context().route("https://app.example.net/**", route -> route.fulfill(new com.microsoft.playwright.Route.FulfillOptions()
                .setResponse(route.fetch(new com.microsoft.playwright.Route.FetchOptions()
                        .setUrl(route.request().url().replace("https://app.example.net/", home.toString()))))));
        page.context().route("https://*.example.org/**", route -> route.fulfill(new com.microsoft.playwright.Route.FulfillOptions()
                .setContentType("text/html").setBody("<!DOCTYPE html><html lang=\"en\"><head><title>Partner</title></head><body><main>"
                        + "<h1>Our partner page</h1><iframe src=\"https://app.example.net/embed/events/" + e.slug
                        + "\" title=\"RSVP\" width=\"600\" height=\"900\"></iframe></main></body></html>")));
        page.navigate(PARTNER + "/events.html");
        FrameLocator framed = page.frameLocator("iframe");
        assertThat(framed.locator("h1")).hasText("Framed support group");
        // The form works inside the frame, without our cookies.
        framed.getByLabel("First name").fill("Ines");
        framed.getByLabel("E-mail address").fill("ines.framed@example.net");
        page.waitForTimeout(3500);
        framed.getByRole(AriaRole.BUTTON, new FrameLocator.GetByRoleOptions().setName("I am coming")).click();
        assertThat(framed.locator("h1")).hasText("Thank you");
        Browser.screenshot(page, "embed-in-partner-page");

        page.navigate("https://not-listed.example.org/events.html");
        page.waitForTimeout(1500);
        assertEquals(0, framed.locator("h1:has-text('Framed support group')").count(), "a site that is not listed gets no form");
        page.context().close();
    }
}
