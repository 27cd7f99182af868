package org.advocacyhub.account;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.keycloak.admin.client.Keycloak;
import org.keycloak.representations.idm.UserRepresentation;

/** The app's own service account reaches the real Keycloak through the admin client. */
@QuarkusTest
class KeycloakServiceAccountTest {

    @Inject
    Keycloak keycloak;

    @Test
    void theServiceAccountCanFindUsersAndListARolesMembers() {
        List<UserRepresentation> found = keycloak.realm("advocacy").users().search("volunteer", true);
        assertEquals(1, found.size());
        assertEquals("Vera", found.get(0).getFirstName());

        List<String> coordinators = keycloak.realm("advocacy").roles().get("coordinator").getUserMembers()
                .stream().map(UserRepresentation::getUsername).toList();
        assertEquals(List.of("coordinator"), coordinators);
    }

    @Test
    void newAccountsGetTheVolunteerRoleByDefault() {
        List<String> defaults = keycloak.realm("advocacy").roles().get("default-roles-advocacy").getRoleComposites()
                .stream().map(r -> r.getName()).toList();
        assertTrue(defaults.contains("volunteer"), "default roles: " + defaults);
        assertTrue(keycloak.realm("advocacy").toRepresentation().isRegistrationAllowed());
    }
}
