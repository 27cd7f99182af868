package org.advocacyhub.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.advocacyhub.testsupport.ProjectFiles;
import org.junit.jupiter.api.Test;

/**
 * What production imports and runs fails closed: the realm file and the compose file carry no secret
 * of their own, no local address and no demo account, and nothing falls back to a published value.
 * (The local launcher, docker/local/keycloak.sh, adds the development secrets, local addresses and
 * demo accounts through the admin API.)
 */
class DeploymentFilesTest {

    @Test
    void theProductionRealmHasNoSecretsNoLocalhostNoDemoUsersAndVerifiesEmail() throws IOException {
        String text = Files.readString(ProjectFiles.root().resolve("docker/keycloak/advocacy-realm.json"));
        JsonNode realm = new ObjectMapper().readTree(text);
        assertFalse(text.contains("localhost"), "a localhost address in the production realm");
        assertFalse(text.contains("dev-only"), "a development secret in the production realm");
        assertTrue(realm.get("verifyEmail").asBoolean(), "e-mail verification must be on");
        for (JsonNode client : realm.get("clients")) {
            if (client.has("secret")) {
                // Only a placeholder the import fills from the environment, with no default after ':'.
                assertTrue(client.get("secret").asText().matches("\\$\\{[A-Z_]+\\}"), client.get("clientId") + " secret");
            }
            for (JsonNode uri : client.path("redirectUris")) {
                assertTrue(uri.asText().startsWith("${ADVOCACY_APP_URL}"), "redirect " + uri);
            }
        }
        List<String> users = new ArrayList<>();
        for (JsonNode user : realm.path("users")) {
            users.add(user.get("username").asText());
            assertTrue(user.has("serviceAccountClientId"), user.get("username") + " is not a service account");
            assertFalse(user.has("credentials"), "no passwords in the realm file");
        }
        assertEquals(List.of("service-account-advocacy-web", "service-account-advocacy-partner"), users);
        // The app's service account: what the People page needs to list accounts and grant the
        // coordinator role, nothing more (docs/security.md says why each).
        JsonNode web = realm.get("users").get(0).get("clientRoles").get("realm-management");
        List<String> roles = new ArrayList<>();
        web.forEach(r -> roles.add(r.asText()));
        assertEquals(List.of("view-users", "query-users", "manage-users", "view-realm"), roles);
        assertFalse(realm.get("users").get(0).has("realmRoles"), "the app's service account holds no realm role");
    }

    @Test
    void composeHasNoFallbackForAnySecretAndRunsKeycloakInProductionMode() throws IOException {
        String text = Files.readString(ProjectFiles.root().resolve("docker/compose.yml"));
        Matcher m = Pattern.compile("\\$\\{([A-Z_]+)(:?[-?])?([^}]*)\\}").matcher(text);
        int secrets = 0;
        while (m.find()) {
            if (m.group(1).matches(".*(SECRET|PASSWORD|KEY).*")) {
                secrets++;
                assertEquals(":?", m.group(2), "${" + m.group(1) + "} must stop compose when it is missing, not fall back");
            }
        }
        assertTrue(secrets >= 8, "found " + secrets + " secret variables");
        JsonNode compose = new YAMLMapper().readTree(text);
        JsonNode keycloak = compose.get("services").get("keycloak");
        assertEquals("start", keycloak.get("command").get(0).asText(), "Keycloak runs in production mode");
        for (JsonNode service : compose.get("services")) {
            for (JsonNode port : service.path("ports")) {
                assertFalse(port.asText().endsWith(":9000"), "the management port is never published");
            }
        }
    }
}
