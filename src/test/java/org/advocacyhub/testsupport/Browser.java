package org.advocacyhub.testsupport;

import com.deque.html.axecore.playwright.AxeBuilder;
import com.deque.html.axecore.results.AxeResults;
import com.deque.html.axecore.results.Rule;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.BrowserType;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Playwright;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * One real Chromium (Debian's /usr/bin/chromium) per test class, driven by Playwright.
 * Playwright never downloads a browser here. Screenshots go to target/screenshots/.
 */
public final class Browser implements AutoCloseable {

    public static final int DESKTOP = 1280;
    public static final int PHONE = 390;

    private static final List<String> WCAG_TAGS = List.of("wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa");

    private final Playwright playwright;
    private final com.microsoft.playwright.Browser chromium;

    public Browser() {
        playwright = Playwright.create(new Playwright.CreateOptions()
                .setEnv(Map.of("PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD", "1")));
        String executable = System.getenv().getOrDefault("CHROMIUM_PATH", "/usr/bin/chromium");
        chromium = playwright.chromium().launch(new BrowserType.LaunchOptions()
                .setExecutablePath(Path.of(executable))
                .setHeadless(true)
                .setArgs(List.of("--no-sandbox", "--disable-gpu", "--disable-background-networking",
                        "--disable-component-update", "--disable-sync", "--disable-quic", "--no-first-run")));
    }

    /** A fresh context (no cookies) with a window of the given width. */
    public Page newPage(int width) {
        BrowserContext context = chromium.newContext(new com.microsoft.playwright.Browser.NewContextOptions()
                .setViewportSize(width, width == PHONE ? 844 : 900)
                .setLocale("en-US"));
        context.setDefaultTimeout(20_000);
        return context.newPage();
    }

    public static void screenshot(Page page, String name) {
        try {
            Path dir = ProjectFiles.root().resolve("target/screenshots");
            Files.createDirectories(dir);
            page.screenshot(new Page.ScreenshotOptions().setPath(dir.resolve(name + ".png")).setFullPage(true));
        } catch (java.io.IOException e) {
            throw new IllegalStateException(e);
        }
    }

    /**
     * What every browser test does on every page: a screenshot and axe-core at 390 px and at 1280 px,
     * failing on any violation; the page is left at 1280 px.
     */
    public static void check(Page page, String name) {
        for (int width : new int[] {PHONE, DESKTOP}) {
            page.setViewportSize(width, width == PHONE ? 844 : 900);
            screenshot(page, name + "-" + width);
            String violations = accessibilityViolations(page);
            if (!violations.isEmpty()) {
                throw new AssertionError("axe-core on " + name + " at " + width + " px:\n" + violations);
            }
        }
    }

    /** Signs in through Keycloak's real login form, then waits to be back on the app. */
    public static void signIn(Page page, String appBase, String then, String user, String password) {
        page.navigate(appBase + "account/sign-in" + (then == null ? "" : "?then=" + then));
        page.locator("#username").fill(user);
        page.locator("#password").fill(password);
        page.locator("#kc-login").click();
        page.waitForURL(appBase + "**");
    }

    /** axe-core's WCAG 2.2 A/AA rules; returns a readable list of the violations, empty when none. */
    public static String accessibilityViolations(Page page) {
        AxeResults results = new AxeBuilder(page).withTags(WCAG_TAGS).analyze();
        List<Rule> violations = results.getViolations();
        return violations.stream()
                .map(v -> v.getId() + ": " + v.getHelp() + " at "
                        + v.getNodes().stream().map(n -> n.getTarget().toString()).collect(Collectors.joining(", ")))
                .collect(Collectors.joining("\n"));
    }

    @Override
    public void close() {
        chromium.close();
        playwright.close();
    }
}
