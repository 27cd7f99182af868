package org.advocacyhub.petition;

import io.quarkus.narayana.jta.QuarkusTransaction;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Map;

final class PetitionFixtures {

    private PetitionFixtures() {
    }

    static Petition petition(String title, PetitionStatus status, LocalDate deadline) {
        return QuarkusTransaction.requiringNew().call(() -> {
            Petition p = new Petition();
            p.title = title;
            p.slug = PetitionForm.slugOf(title) + "-" + Long.toString(System.nanoTime(), 36);
            p.summary = "Summary of " + title;
            p.bodyMarkdown = "We ask Congress to **fund research**.";
            p.target = "U.S. Congress";
            p.goal = 100;
            p.deadline = deadline;
            p.status = status;
            p.openedAt = status == PetitionStatus.DRAFT ? null : Instant.now();
            p.persist();
            return p;
        });
    }

    static Petition open(String title) {
        return petition(title, PetitionStatus.OPEN, null);
    }

    /** A filled-in form, with a "started" time long enough ago to look like a person. */
    static Map<String, String> form(Signing signing, String first, String email) {
        return Map.of("firstName", first, "lastName", "Signer", "email", email, "zip", "05401", "comment", "",
                "started", signing.startedToken(Instant.now().minusSeconds(30)));
    }

    static long signatures(Petition p) {
        return QuarkusTransaction.requiringNew().call(() -> Signature.count("petition.id", p.id));
    }
}
