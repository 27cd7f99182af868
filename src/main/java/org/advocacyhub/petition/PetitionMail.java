package org.advocacyhub.petition;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.Locale;
import org.advocacyhub.mail.Email;
import org.advocacyhub.mail.Outbox;
import org.advocacyhub.web.Language;
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

    /** In the signer's language: the one of the form they signed with, stored on them by {@link Signing}. */
    void confirmAddress(Signature s, String confirmPath) {
        Petition p = s.petition;
        String tag = Language.supportedOrDefault(s.supporter.language);
        outbox.queue(Email.of("signature-confirm", s.supporter.email, Language.bundle(PetitionMessages.class, tag).mailSubject(p.title),
                Templates.confirmAddress(s, p, baseUrl + confirmPath, baseUrl + "/petitions/" + p.slug)
                        .setLocale(Locale.forLanguageTag(tag)).render())
                .withDedupeKey("signature-confirm:" + s.id));
    }
}
