package org.advocacyhub.letter;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import jakarta.inject.Inject;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import java.util.List;
import org.advocacyhub.account.CurrentUser;
import org.advocacyhub.legislator.LegislatorMessages;
import org.advocacyhub.web.Flash;
import org.advocacyhub.web.FormErrors;
import org.advocacyhub.web.Typed;
import org.advocacyhub.web.Language;
import org.advocacyhub.web.RateLimiter;

/**
 * Writing to your legislators, no account needed, one step per page: your details, then your letters
 * (after picking your district when the ZIP code has several), then a last look and send. What was
 * typed travels in hidden fields and is checked again at every step, so nothing is kept on the server
 * until the letters are sent.
 */
@Path("/letters")
@Produces(MediaType.TEXT_HTML)
public class LetterPages {

    @Inject
    RateLimiter rateLimiter;

    @Inject
    PublicCampaigns publicCampaigns;

    @org.eclipse.microprofile.config.inject.ConfigProperty(name = "advocacy.letters.rate.per-ip", defaultValue = "20")
    int perIp;

    @org.eclipse.microprofile.config.inject.ConfigProperty(name = "advocacy.letters.rate.per-email", defaultValue = "5")
    int perEmail;

    @org.eclipse.microprofile.config.inject.ConfigProperty(name = "advocacy.letters.rate.window", defaultValue = "10m")
    java.time.Duration window;

    @Inject
    CurrentUser user;

    @Inject
    LetterDesk desk;

    @Inject
    Language language;

    @Inject
    org.advocacyhub.web.SignedTokens tokens;

    static final String DELIVER = "letter-deliver";

    @Inject
    org.advocacyhub.share.ShareLinks site;

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance list(List<LetterCampaign> campaigns);

        static native TemplateInstance details(LetterCampaign campaign, WriterForm form, FormErrors errors);

        static native TemplateInstance district(LetterCampaign campaign, WriterForm form, Recipients recipients,
                boolean senatorsOnlyAllowed, FormErrors errors);

        static native TemplateInstance write(LetterCampaign campaign, WriterForm form, Recipients recipients,
                List<WriterForm.Draft> letters, FormErrors errors);

        static native TemplateInstance review(LetterCampaign campaign, WriterForm form, List<Reviewed> letters,
                boolean anyContactForm);

        static native TemplateInstance deliver(LetterCampaign campaign, Letter letter, String token, String text,
                int left);

        static native TemplateInstance thanks(LetterCampaign campaign, String url, java.util.Map<String, String> shareLinks);

        static native TemplateInstance tooMany(LetterCampaign campaign);
    }

    @GET
    public TemplateInstance list() {
        return Templates.list(publicCampaigns.open());
    }

    /** Step 1: who you are and where you live. */
    @GET
    @Path("{slug: [a-z0-9-]+}")
    public TemplateInstance details(@PathParam("slug") String slug) {
        return Templates.details(shown(slug), WriterForm.prefilled(user), FormErrors.none());
    }

    /** Step 2: your legislators and your letters to them (or first, which district is yours). */
    @POST
    @Path("{slug: [a-z0-9-]+}/write")
    public Response write(@PathParam("slug") String slug, @BeanParam WriterForm form) {
        LetterCampaign campaign = open(slug);
        Step step = check(campaign, form);
        if (step.page != null) {
            return step.page;
        }
        return Response.ok(Templates.write(campaign, form, step.recipients,
                form.drafts(campaign, step.recipients.legislators()), FormErrors.none())).build();
    }

    /** Step 3: a last look at the letters before they go. */
    @POST
    @Path("{slug: [a-z0-9-]+}/review")
    public Response review(@PathParam("slug") String slug, @BeanParam WriterForm form) {
        LetterCampaign campaign = open(slug);
        Step step = checkWithLetters(campaign, form);
        if (step.page != null) {
            return step.page;
        }
        List<Reviewed> letters = form.drafts(campaign, step.recipients.legislators()).stream()
                .map(d -> new Reviewed(d, LetterDesk.signature(form, d.legislator()))).toList();
        boolean anyContactForm = letters.stream().anyMatch(r -> r.draft().legislator().contactForm != null);
        return Response.ok(Templates.review(campaign, form, letters, anyContactForm)).build();
    }

    /** A letter on the review page exactly as it goes: the text, then the sender's name and address lines. */
    public record Reviewed(WriterForm.Draft draft, String signature) {
    }

    @POST
    @Path("{slug: [a-z0-9-]+}/send")
    public Response send(@PathParam("slug") String slug, @BeanParam WriterForm form) {
        LetterCampaign campaign = open(slug);
        Step step = checkWithLetters(campaign, form);
        if (step.page != null) {
            return step.page;
        }
        // Letters go to real offices: a burst from one connection or one address waits, politely.
        if (!rateLimiter.allowsVisitor("letters", form.email, perIp, perEmail, window)) {
            return Response.status(429).entity(Templates.tooMany(campaign)).build();
        }
        List<Letter> sent;
        try {
            sent = desk.send(campaign.id, form, step.recipients.legislators(), user.subjectFor(form.email),
                    language.getTag());
        } catch (LetterDesk.Closed closed) {
            throw new NotFoundException();
        }
        // Letters the supporter takes to the offices' contact forms: one at a time, each ready to copy.
        Letter first = sent.stream().filter(l -> l.route == DeliveryRoute.CONTACT_FORM).findFirst().orElse(null);
        if (first != null) {
            return Response.seeOther(URI.create(deliverPath(slug, first.id))).build();
        }
        boolean printed = sent.stream().anyMatch(l -> l.route == DeliveryRoute.PRINT);
        return Response.seeOther(URI.create("/letters/" + slug + "/thanks"))
                .cookie(Flash.next(sent.isEmpty() ? "letters-already-sent" : printed ? "letters-for-print" : "letters-sent")).build();
    }

    /** One letter for an office's contact form: the form's link, the letter ready to copy, and "I sent it". */
    @GET
    @Path("{slug: [a-z0-9-]+}/deliver/{id: \\d+}")
    @jakarta.transaction.Transactional
    public TemplateInstance deliver(@PathParam("slug") String slug, @PathParam("id") long id,
            @jakarta.ws.rs.QueryParam("t") String token) {
        Letter letter = deliverable(slug, id, token);
        return Templates.deliver(letter.campaign, letter, token, contactFormText(letter), waiting(letter).size());
    }

    @POST
    @Path("{slug: [a-z0-9-]+}/deliver/{id: \\d+}")
    public Response delivered(@PathParam("slug") String slug, @PathParam("id") long id,
            @org.jboss.resteasy.reactive.RestForm String t) {
        Letter letter = io.quarkus.narayana.jta.QuarkusTransaction.requiringNew().call(() -> {
            Letter l = deliverable(slug, id, t);
            l.campaign.slug.length();
            return l;
        });
        desk.sentBySupporter(letter.id);
        Letter next = io.quarkus.narayana.jta.QuarkusTransaction.requiringNew().call(() ->
                waiting(Letter.findById(letter.id)).stream().findFirst().orElse(null));
        if (next != null) {
            return Response.seeOther(URI.create(deliverPath(slug, next.id))).build();
        }
        return Response.seeOther(URI.create("/letters/" + slug + "/thanks")).cookie(Flash.next("letters-sent-by-you")).build();
    }

    private String deliverPath(String slug, long letterId) {
        return "/letters/" + slug + "/deliver/" + letterId + "?t=" + tokens.sign(DELIVER, letterId);
    }

    /** The letter behind a signed link: only the e-mailed or redirected writer has it. */
    private Letter deliverable(String slug, long id, String token) {
        if (!tokens.verify(DELIVER, id, token)) {
            throw new NotFoundException();
        }
        Letter letter = Letter.findById(id);
        if (letter == null || !letter.campaign.slug.equals(slug) || letter.route != DeliveryRoute.CONTACT_FORM) {
            throw new NotFoundException();
        }
        return letter;
    }

    /** The same writer's other letters of this campaign still waiting for them, oldest first. */
    private static List<Letter> waiting(Letter letter) {
        return Letter.<Letter>list("campaign.id = ?1 and supporter.id = ?2 and route = ?3 and status = ?4 and id <> ?5 order by id",
                letter.campaign.id, letter.supporter.id, DeliveryRoute.CONTACT_FORM, LetterStatus.WITH_SUPPORTER, letter.id);
    }

    /** What to paste into the form: the letter and the sender's name and town (the form asks for e-mail itself). */
    static String contactFormText(Letter letter) {
        return letter.body + "\n\n" + letter.supporter.firstName + " " + letter.supporter.lastName + "\n"
                + letter.senderCity + ", " + letter.legislator.state + " " + letter.senderZip;
    }

    @GET
    @Path("{slug: [a-z0-9-]+}/thanks")
    public TemplateInstance thanks(@PathParam("slug") String slug) {
        LetterCampaign campaign = shown(slug);
        org.advocacyhub.share.ShareMessages m = language.bundle(org.advocacyhub.share.ShareMessages.class);
        String url = site.getBaseUrl() + "/letters/" + campaign.slug;
        return Templates.thanks(campaign, url, org.advocacyhub.share.ShareLinks.shareLinks(m, campaign.title,
                org.advocacyhub.share.ShareLinks.shareExcerpt(campaign.intro), m.letterShareText(campaign.title), url));
    }

    /** Where a step stands: the page to answer with when something needs fixing, else whom to write to. */
    private record Step(Response page, Recipients recipients) {
    }

    private Step check(LetterCampaign campaign, WriterForm form) {
        LetterMessages m = language.bundle(LetterMessages.class);
        FormErrors errors = Typed.check(form, form.validateWriter(m), language);
        if (errors.isAny()) {
            return new Step(Response.status(400).entity(Templates.details(campaign, form, errors)).build(), null);
        }
        Recipients recipients = Recipients.find(campaign, form.zip, form.district);
        if (!recipients.isZipKnown()) {
            errors.add("zip", language.bundle(LegislatorMessages.class).unknownZip(form.zip));
            return new Step(Response.status(400).entity(Templates.details(campaign, form, errors)).build(), null);
        }
        if (recipients.needsChoice()) {
            boolean answered = !WriterForm.strip(form.district).isEmpty();
            if (answered) {
                errors.add("district", m.districtMissing());
            }
            return new Step(Response.status(answered ? 400 : 200).entity(Templates.district(campaign, form, recipients,
                    recipients.canWriteToSenatorsOnly(campaign), errors)).build(), null);
        }
        if (recipients.legislators().isEmpty()) {
            errors.add("zip", m.noneForZip(campaign.chambers, form.zip));
            return new Step(Response.status(400).entity(Templates.details(campaign, form, errors)).build(), null);
        }
        form.district = recipients.getChoice();
        return new Step(null, recipients);
    }

    private Step checkWithLetters(LetterCampaign campaign, WriterForm form) {
        Step step = check(campaign, form);
        if (step.page != null) {
            return step;
        }
        FormErrors errors = Typed.check(form, form.validateLetters(step.recipients.legislators(),
                language.bundle(LetterMessages.class), language.bundle(LegislatorMessages.class),
                language.bundle(LetterDeliveryMessages.class)), language);
        if (errors.isAny()) {
            return new Step(Response.status(400).entity(Templates.write(campaign, form, step.recipients,
                    form.drafts(campaign, step.recipients.legislators()), errors)).build(), null);
        }
        return step;
    }

    /** Open and closed campaigns have public pages; drafts do not exist for visitors. */
    /** For the pages every visitor reads alike: kept a few seconds (PublicCampaigns). */
    private LetterCampaign shown(String slug) {
        LetterCampaign c = publicCampaigns.publicBySlug(slug);
        if (c == null) {
            throw new NotFoundException();
        }
        return c;
    }

    private static LetterCampaign open(String slug) {
        return LetterCampaign.findBySlug(slug).filter(LetterCampaign::isOpen).orElseThrow(NotFoundException::new);
    }
}
