package org.advocacyhub.supporter;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import com.microsoft.playwright.options.FilePayload;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import org.advocacyhub.testsupport.Browser;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The demo coordinator, signed in through Keycloak in a real Chromium, imports a sign-in sheet: upload
 * (with a mistake first), columns and preview, consent, progress and result, in English and in Spanish;
 * axe-core checks each page at 390 and 1280 px.
 */
@QuarkusTest
class ImportBrowserTest {

    static Browser browser;

    @TestHTTPResource("/")
    URL home;

    @Inject
    ImportWorker worker;

    @BeforeAll
    static void openBrowser() {
        browser = new Browser();
    }

    @AfterAll
    static void closeBrowser() {
        browser.close();
    }

    private static FilePayload sheet(String p) {
        String csv = "Correo,Nombre,Apellido,Código postal,Idioma\n"
                + p + "-rosa@example.org,Rosa,Martínez,5401,español\n"
                + p + "-tom@example.org,Tom,Baker,05452,English\n"
                + "tom at example,Tom,Again,05452,en\n"
                + p + "-lee@example.org,Lee,Chen,ABC,en\n";
        return new FilePayload("burlington-walk.csv", "text/csv", csv.getBytes(StandardCharsets.UTF_8));
    }

    @Test
    void aCoordinatorImportsASignInSheet() {
        Page page = browser.newPage(Browser.DESKTOP);
        Browser.signIn(page, home.toString(), "/coordinator", "coordinator", "coordinator-demo");
        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Import supporters from a file")).click();
        assertThat(page.locator("h1")).hasText("Import supporters from a file");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Upload and check the columns")).click();
        assertThat(page.locator("#file-error")).containsText("Choose a CSV file");
        Browser.check(page, "import-upload-error");

        String p = ImportFixtures.unique();
        page.getByLabel("CSV file").setInputFiles(sheet(p));
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Upload and check the columns")).click();
        assertThat(page.locator("h1")).hasText("Check the columns of burlington-walk.csv");
        assertThat(page.locator("table")).containsText("05401");
        assertThat(page.locator("table")).containsText("The ZIP code is not 5 digits");
        Browser.check(page, "import-mapping");

        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Start the import")).click();
        assertThat(page.locator("[data-error-summary]")).isFocused();
        page.getByLabel("Yes, they agreed").check();
        page.getByLabel("Where did they agree?").fill("Sign-in sheet, Burlington walk, May 2026");
        page.getByLabel("The exact words they agreed to").fill("Yes, e-mail me news about MS advocacy.");
        Browser.check(page, "import-mapping-error");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Start the import")).click();
        assertThat(page.locator("h1")).hasText("Import of burlington-walk.csv");
        assertThat(page.locator("[role=status]")).containsText("Waiting to start");
        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Stop updating")).click();
        Browser.check(page, "import-progress");

        worker.runWaiting();
        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Update this page now")).click();
        assertThat(page.locator("#added")).hasText("2");
        assertThat(page.locator("#bad")).hasText("2");
        assertThat(page.locator("table")).containsText("The e-mail address is not one we can write to");
        Browser.check(page, "import-result");

        // The same pages in Spanish, with the same file: nobody new, all known.
        page.navigate(home + "coordinator/imports");
        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Español")).click();
        assertThat(page.locator("h1")).hasText("Importar simpatizantes desde un archivo");
        Browser.check(page, "import-upload-es");
        page.getByLabel("Archivo CSV").setInputFiles(sheet(p));
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Subir y revisar las columnas")).click();
        assertThat(page.locator(".notice")).containsText("Este archivo ya se importó");
        assertThat(page.locator("table")).containsText("Ya la conocemos");
        Browser.check(page, "import-mapping-es");
        page.getByLabel("No, o no lo sabemos: importarlas sin consentimiento").check();
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Empezar la importación")).click();
        assertThat(page.locator("[role=status]")).containsText("Esperando para empezar");
        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Dejar de actualizar")).click();
        Browser.check(page, "import-progress-es");
        worker.runWaiting();
        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Actualizar esta página ahora")).click();
        assertThat(page.locator("#added")).hasText("0");
        assertThat(page.locator("#known")).hasText("2");
        Browser.check(page, "import-result-es");
    }
}
