package org.advocacyhub.petition;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.advocacyhub.mail.Email;
import org.advocacyhub.mail.Outbox;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/** The e-mails about petitions, queued in the caller's transaction. */
@ApplicationScoped
public class PetitionMail {

    @Inject
    Outbox outbox;

    @ConfigProperty(name = "advocacy.base-url")
    String baseUrl;

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance confirmAddress(Signature signature, Petition petition, String confirmUrl, String petitionUrl);
    }

    void confirmAddress(Signature s, String confirmPath) {
        Petition p = s.petition;
        outbox.queue(Email.of("signature-confirm", s.supporter.email, "Please confirm your signature: " + p.title,
                Templates.confirmAddress(s, p, baseUrl + confirmPath, baseUrl + "/petitions/" + p.slug).render())
                .withDedupeKey("signature-confirm:" + s.id));
    }
}
