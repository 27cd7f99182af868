package org.advocacyhub.event;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertEquals;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import io.quarkus.test.security.oidc.Claim;
import io.quarkus.test.security.oidc.OidcSecurity;
import java.net.URL;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import org.advocacyhub.letter.CampaignStatus;
import org.advocacyhub.letter.LetterCampaign;
import org.advocacyhub.petition.Petition;
import org.advocacyhub.petition.PetitionStatus;
import org.advocacyhub.supporter.Supporter;
import org.advocacyhub.testsupport.Browser;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The series form and the coordinators' list of all events in a real Chromium, in English and Spanish,
 * with axe-core at 390 and 1280 px; and every host and coordinator page with a table, at 390 px, must not
 * scroll sideways (a table scrolls in its own region, or its rows stack).
 */
@QuarkusTest
class SeriesBrowserTest {

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

    static void spanish(Page page) {
        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Español")).click();
        assertThat(page.locator("html")).hasAttribute("lang", "es");
    }

    @Test
    @TestSecurity(user = "sb-host", roles = "volunteer")
    @OidcSecurity(claims = {@Claim(key = "name", value = "Sabina Host"), @Claim(key = "email", value = "sb-host@example.org")})
    void aHostMakesASeriesInEnglishAndSeesTheFormInSpanish() {
        Page page = browser.newPage(Browser.DESKTOP);
        page.navigate(home + "events/series/new");
        assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setName("Host a repeating event"))).isVisible();
        Browser.check(page, "series-form");

        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Send all dates for approval")).click();
        assertThat(page.locator(".error-summary")).containsText("Choose how often it repeats");
        Browser.check(page, "series-form-errors");

        page.getByLabel("Title").fill("Browser monthly support group");
        page.getByLabel("Kind of event").selectOption("INFO_SESSION");
        page.getByLabel("Description").fill("We meet, talk and share what helps.");
        page.getByLabel("Date of the first one").fill(LocalDate.now().plusDays(30).toString());
        page.locator("#startTime").fill("18:00");
        page.locator("#endTime").fill("19:30");
        page.getByLabel("Street").fill("235 College Street");
        page.getByLabel("City").fill("Burlington");
        page.getByLabel("ZIP code").fill("05401");
        page.getByLabel("Every month on the same weekday (for example, the 2nd Tuesday)").check();
        page.getByLabel("How many times, the first one included").fill("6");
        page.locator("label[for='accessibility']").click();
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Send all dates for approval")).click();
        assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setName("All dates of this event"))).isVisible();
        assertEquals(6, page.locator("#series-dates + ul li").count());
        Browser.check(page, "series-first-date");
        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Edit the event")).click();
        assertThat(page.getByRole(AriaRole.GROUP, new Page.GetByRoleOptions().setName("Which dates should change?"))).isVisible();
        assertThat(page.getByLabel("Only this date")).isChecked();
        Browser.check(page, "series-edit-scope");

        page.navigate(home + "events/series/new");
        spanish(page);
        assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setName("Organiza un evento que se repite"))).isVisible();
        Browser.check(page, "series-form-es");
        page.context().close();
    }

    @Test
    @TestSecurity(user = "sb-cora", roles = {"volunteer", "coordinator"})
    @OidcSecurity(claims = {@Claim(key = "name", value = "Sara Coordinator"), @Claim(key = "email", value = "sb-cora@example.org")})
    void aCoordinatorFiltersAllEventsInEnglishAndSpanish() {
        EventFixtures.event("Browser list: a long title for an evening of information about MS research and care",
                EventStatus.PUBLISHED, "05401", Instant.now().plus(12, ChronoUnit.DAYS), 30, "sb-list-host");
        EventFixtures.event("Browser list pending", EventStatus.PENDING, "05401", Instant.now().plus(13, ChronoUnit.DAYS), null, "sb-list-host");
        Page page = browser.newPage(Browser.DESKTOP);
        page.navigate(home + "coordinator/events/all?host=sb-list");
        assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setName("2 events"))).isVisible();
        Browser.check(page, "coordinator-events");
        page.getByLabel("Status").selectOption("PENDING");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Show")).click();
        assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setName("1 event"))).isVisible();
        assertEquals(true, page.url().contains("status=PENDING"), page.url());
        spanish(page);
        assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setName("Todos los eventos"))).isVisible();
        Browser.check(page, "coordinator-events-es");
        page.navigate(home + "coordinator/digest");
        Browser.check(page, "coordinator-digest-es");
        page.context().close();
    }

    @Test
    @TestSecurity(user = "sb-wide", roles = {"volunteer", "coordinator"})
    @OidcSecurity(claims = {@Claim(key = "name", value = "Wendy Coordinator"), @Claim(key = "email", value = "sb-wide@example.org")})
    void noHostOrCoordinatorTablePageScrollsSidewaysOnAPhone() {
        Event event = EventFixtures.event("Phone check evening with a title long enough to wrap twice on a phone",
                EventStatus.PUBLISHED, "05401", Instant.now().plus(9, ChronoUnit.DAYS), 40, "sb-wide");
        QuarkusTransaction.requiringNew().run(() -> {
            Rsvp r = new Rsvp();
            r.event = Event.findById(event.id);
            r.supporter = Supporter.upsert("a.rather.long.address.for.a.phone.screen@example-organisation.org", "Maximiliana",
                    "Fernández-Castellanos", "05401", null, null);
            r.status = RsvpStatus.GOING;
            r.persist();
        });
        Event pending = EventFixtures.event("Phone check pending", EventStatus.PENDING, "05401",
                Instant.now().plus(11, ChronoUnit.DAYS), null, "sb-wide-host");
        QuarkusTransaction.requiringNew().run(() -> {
            Event p = Event.findById(pending.id);
            p.online = true;
            p.onlineUrl = "https://meet.example.org/a-very-long-room-name-that-goes-on-and-on-without-any-break";
            p.accessibilityNotes = "Captions on. Breaks every 30 minutes.";
        });
        Petition petition = QuarkusTransaction.requiringNew().call(() -> {
            Petition p = new Petition();
            p.title = "Phone check petition";
            p.slug = "phone-check-petition-" + Long.toString(System.nanoTime(), 36);
            p.summary = "Summary";
            p.bodyMarkdown = "Fund research.";
            p.target = "U.S. Congress";
            p.goal = 100;
            p.status = PetitionStatus.CLOSED;
            p.openedAt = Instant.now();
            p.persist();
            return p;
        });
        LetterCampaign campaign = QuarkusTransaction.requiringNew().call(() -> {
            LetterCampaign c = new LetterCampaign();
            c.title = "Phone check letters";
            c.slug = "phone-check-letters-" + Long.toString(System.nanoTime(), 36);
            c.intro = "Intro.";
            c.talkingPoints = "Points.";
            c.chambers = org.advocacyhub.letter.Targets.values()[0];
            c.subjectTemplate = "Please fund MS research";
            c.bodyTemplate = "Dear {legislator.title} {legislator.lastName},\n\nPlease fund MS research.\n\n{supporter.firstName}";
            c.status = CampaignStatus.CLOSED;
            c.persist();
            return c;
        });

        List<String> paths = List.of("events/" + event.slug + "/attendees", "events/" + event.slug + "/check-in",
                "coordinator", "coordinator/events", "coordinator/events/all", "coordinator/digest",
                "coordinator/reports/events/" + event.id, "coordinator/reports/petitions/" + petition.id,
                "coordinator/petitions", "coordinator/petitions/" + petition.id + "/delivery", "coordinator/people",
                "coordinator/api-keys", "coordinator/letters", "coordinator/letters/" + campaign.id,
                "coordinator/letters/legislators", "coordinator/news");
        Page page = browser.newPage(Browser.PHONE);
        List<String> wide = new ArrayList<>();
        for (String path : paths) {
            page.navigate(home + path);
            int width = ((Number) page.evaluate("document.documentElement.scrollWidth")).intValue();
            Browser.screenshot(page, "phone-" + path.replaceAll("[^a-z0-9]+", "-"));
            if (width > Browser.PHONE) {
                wide.add(path + " is " + width + " px wide");
            }
            // A table's own scroll region must be reachable by keyboard and named.
            for (var region : page.locator(".table-wrap").all()) {
                if (!"0".equals(region.getAttribute("tabindex")) || !"region".equals(region.getAttribute("role"))
                        || region.getAttribute("aria-label") == null && region.getAttribute("aria-labelledby") == null) {
                    wide.add(path + ": a table's scroll region without tabindex=0, role=region and a name");
                }
            }
        }
        assertEquals(List.of(), wide);
        page.navigate(home + "coordinator/events");
        Browser.check(page, "approval-queue-details");
        page.context().close();
    }
}
