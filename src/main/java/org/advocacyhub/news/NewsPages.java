package org.advocacyhub.news;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import java.util.List;
import org.advocacyhub.account.CurrentUser;
import org.advocacyhub.audit.Audit;
import org.advocacyhub.audit.AuditAction;
import org.advocacyhub.supporter.Segment;
import org.advocacyhub.supporter.SupporterSearch;
import org.advocacyhub.supporter.SupportersMessages;
import org.advocacyhub.mail.Email;
import org.advocacyhub.mail.Outbox;
import org.advocacyhub.privacy.Subscriptions;
import org.advocacyhub.web.Flash;
import org.advocacyhub.web.FormErrors;
import org.advocacyhub.web.Typed;
import org.advocacyhub.web.Language;
import org.jboss.resteasy.reactive.RestForm;

/**
 * News e-mails: the one kind of mail that is not a receipt or a reminder. It goes only to people who
 * ticked "E-mail me news" and have not unsubscribed since, each with a signed unsubscribe link in the
 * text and the List-Unsubscribe headers that give mail clients a one-click button.
 */
@Path("/coordinator/news")
@Produces(MediaType.TEXT_HTML)
@RolesAllowed(CurrentUser.COORDINATOR)
public class NewsPages {

    static final int SUBJECT_MAX = 150;
    static final int BODY_MAX = 20_000;

    /** Who may get news, in SQL: Supporter.isSubscribed(), and not erased. */
    static final String SUBSCRIBED = "email_consent_at IS NOT NULL AND unsubscribed_at IS NULL AND erased_at IS NULL";

    @Inject
    EntityManager em;

    @Inject
    Outbox outbox;

    @Inject
    Subscriptions subscriptions;

    @Inject
    CurrentUser user;

    @Inject
    Audit audit;

    @Inject
    Language language;

    @org.eclipse.microprofile.config.inject.ConfigProperty(name = "advocacy.base-url")
    String baseUrl;

    /** How many people each choice of language would reach. */
    public record Reach(long everyone, long english, long spanish) {
    }

    public static class NewsForm {
        @RestForm public String subject = "";
        @RestForm @Typed.MultiLine public String body = "";
        /** "", "en" or "es". */
        @RestForm public String audience = "";
        /** Which button: "" (preview), "edit" (back to the form) or "send" (from the preview). */
        @RestForm public String step = "";

        public boolean isSegment(Long id) {
            return ("segment:" + id).equals(audience);
        }

        /** The segment chosen (audience "segment:ID"), once validated. */
        Segment segment;

        FormErrors validate(NewsMessages m, SupportersMessages people) {
            subject = subject == null ? "" : subject.strip();
            body = body == null ? "" : body.strip();
            audience = audience == null ? "" : audience;
            // A field left out of the post arrives as null, not as the "" it starts with.
            step = step == null ? "" : step;
            FormErrors errors = FormErrors.none();
            if (subject.isEmpty()) {
                errors.add("subject", m.subjectRequired());
            } else if (subject.length() > SUBJECT_MAX) {
                errors.add("subject", m.tooLong(SUBJECT_MAX, subject.length()));
            } else if (subject.indexOf('\n') >= 0 || subject.indexOf('\r') >= 0) {
                errors.add("subject", m.subjectOneLine());
            }
            if (body.isEmpty()) {
                errors.add("body", m.bodyRequired());
            } else if (body.length() > BODY_MAX) {
                errors.add("body", m.tooLong(BODY_MAX, body.length()));
            }
            segment = null;
            if (audience.startsWith("segment:")) {
                try {
                    segment = Segment.findById(Long.parseLong(audience.substring("segment:".length())));
                } catch (NumberFormatException e) {
                    segment = null;
                }
                if (segment == null) {
                    errors.add("audience", people.newsSegmentInvalid());
                }
            } else if (!List.of("", "en", "es").contains(audience)) {
                errors.add("audience", m.audienceInvalid());
            }
            return errors;
        }
    }

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance index(List<NewsMailing> mailings, Reach reach, NewsForm form, FormErrors errors,
                List<Segment> segments);

        static native TemplateInstance mail(String body, String unsubscribeUrl);

        static native TemplateInstance preview(NewsForm form, String text, long recipients, Segment segment);
    }

    @GET
    public TemplateInstance index() {
        return page(new NewsForm(), FormErrors.none());
    }

    /**
     * Nothing goes out on the first press: the coordinator sees the e-mail as people will read it and
     * how many will get it, then sends it, or goes back to change it with every word kept.
     */
    @POST
    @Transactional
    public Response send(@BeanParam NewsForm form) {
        FormErrors errors = Typed.check(form, form.validate(language.bundle(NewsMessages.class),
                language.bundle(SupportersMessages.class)), language);
        if (errors.isAny()) {
            return Response.status(400).entity(page(form, errors)).build();
        }
        String audience = form.audience.isEmpty() || form.segment != null ? null : form.audience;
        // A segment is a saved search: whoever matches it today, and of them only who may get news.
        SupporterSearch.Condition segment = form.segment == null ? null
                : form.segment.search(language.bundle(SupportersMessages.class)).condition();
        if (form.step.equals("edit")) {
            return Response.ok(page(form, FormErrors.none())).build();
        }
        if (!form.step.equals("send")) {
            long recipients;
            if (segment != null) {
                recipients = ((Number) segment.apply(em.createNativeQuery(
                        "SELECT count(*) FROM supporter s WHERE %s AND %s".formatted(SUBSCRIBED, segment.sql()))).getSingleResult())
                        .longValue();
            } else {
                Reach reach = reach();
                recipients = audience == null ? reach.everyone() : audience.equals("en") ? reach.english() : reach.spanish();
            }
            String text = Templates.mail(form.body, baseUrl + "/unsubscribe/…").render();
            return Response.ok(Templates.preview(form, text, recipients, form.segment)).build();
        }
        List<Object[]> people;
        if (segment != null) {
            people = segment.apply(em.createNativeQuery("""
                    SELECT s.id, s.email, s.language FROM supporter s WHERE %s AND %s ORDER BY s.id
                    """.formatted(SUBSCRIBED, segment.sql()), Object[].class)).getResultList();
        } else {
            people = em.createNativeQuery("""
                    SELECT id, email, language FROM supporter
                    WHERE %s AND (CAST(?1 AS text) IS NULL OR language = ?1)
                    ORDER BY id
                    """.formatted(SUBSCRIBED), Object[].class).setParameter(1, audience).getResultList();
        }
        NewsMailing mailing = new NewsMailing();
        mailing.subject = form.subject;
        mailing.body = form.body;
        mailing.language = audience;
        mailing.recipients = people.size();
        mailing.sentBy = user.getName();
        if (form.segment != null) {
            mailing.segmentId = form.segment.id;
            mailing.segmentName = form.segment.name;
        }
        mailing.persist();
        if (form.segment != null) {
            em.flush();
            audit.record(AuditAction.SEGMENT_SEND, "segment:" + form.segment.id, people.size(), "news " + mailing.id);
        }
        for (Object[] p : people) {
            long id = ((Number) p[0]).longValue();
            String tag = Language.supportedOrDefault((String) p[2]);
            String text = Templates.mail(form.body, subscriptions.pageUrl(id)).setLocale(tag).render();
            outbox.queue(Email.of("news", (String) p[1], form.subject, text)
                    .asMarketing(subscriptions.oneClickUrl(id))
                    .withDedupeKey("news:" + mailing.id + ":" + id));
        }
        return Response.seeOther(URI.create("/coordinator/news")).cookie(Flash.next("news-sent")).build();
    }

    private TemplateInstance page(NewsForm form, FormErrors errors) {
        List<NewsMailing> mailings = NewsMailing.latest(50);
        return Templates.index(mailings, reach(), form, errors.inFieldOrder("subject", "audience", "body"), Segment.all());
    }

    private Reach reach() {
        Object[] reach = (Object[]) em.createNativeQuery("""
                SELECT count(*), count(*) FILTER (WHERE language = 'en'), count(*) FILTER (WHERE language = 'es')
                FROM supporter WHERE %s
                """.formatted(SUBSCRIBED)).getSingleResult();
        return new Reach(((Number) reach[0]).longValue(), ((Number) reach[1]).longValue(), ((Number) reach[2]).longValue());
    }
}
