package org.advocacyhub.share;

import io.quarkus.qute.i18n.Message;
import io.quarkus.qute.i18n.MessageBundle;

/**
 * The words of sharing (thank-you pages after an RSVP or a letter), calendar links, embeds and the
 * coordinators' list of sites that may embed. Templates write {@code {share:key}}; Spanish is in
 * messages/share_es.properties.
 */
@MessageBundle(value = "share", locale = "en")
public interface ShareMessages {

    // Share links (tags/shareLinks.html)
    @Message("Tell a friend") String shareHeading();
    @Message("Link to share") String shareUrl();
    @Message("Copy the link") String copyLink();
    @Message("Link copied.") String linkCopied();
    @Message("Share by {service}") String shareBy(String service);
    @Message("E-mail") String shareByEmail();
    @Message("These are plain links: no tracking, and nothing loads from those sites until you choose one.") String shareHint();

    // After an RSVP (EventThanksPages/thanks.html)
    @Message("Thank you for answering") String eventThanksTitle();
    @Message("Your answer for {title} is with us. Check your e-mail: it has the details, and a link if you cannot come after all.")
    String eventThanksLead(String title);
    @Message("Bring someone along? Share the event:") String eventShareLead();
    @Message("I am going to {title}") String eventShareText(String title);
    @Message("Put it in your calendar") String calendarHeading();
    @Message("Calendar file (.ics), for most calendar apps") String calendarFile();
    @Message("Add to Google Calendar") String googleCalendar();
    @Message("Add to Outlook") String outlookCalendar();
    @Message("These hold what the event page shows. The link to join an online event is only in your e-mail.") String calendarHint();
    @Message("Online (the link to join is in your e-mail)") String onlineLocation();
    @Message("Back to the event") String backToEvent();

    // After a letter (LetterPages/thanks.html)
    @Message("Ask others to write too. Share the campaign:") String letterShareLead();
    @Message("I wrote to my legislators: {title}") String letterShareText(String title);

    // The confirmation e-mails
    @Message("Your own calendar link, with the link to join (please do not share it):") String mailPersonalCalendar();

    // Embeds (EmbedPages)
    @Message("Say you are coming") String embedRsvpHeading();
    @Message("Sign the petition") String embedSignHeading();
    @Message("See the full event page (opens in a new tab)") String embedEventPage();
    @Message("Read the full petition (opens in a new tab)") String embedPetitionPage();
    @Message("No account needed. We e-mail you the details.") String embedRsvpLead();
    @Message("No account needed. We e-mail you a link to confirm your signature.") String embedSignLead();
    @Message("This event is not taking answers now.") String embedRsvpClosed();
    @Message("This petition is closed.") String embedSignClosed();
    @Message("Thank you") String embedThanksTitle();
    @Message("We have e-mailed the details of your answer to you. If it does not arrive, check your spam folder.") String embedRsvpThanks();
    @Message("Please confirm your signature with the link we e-mailed to you. If it does not arrive, check your spam folder.") String embedSignThanks();
    @Message("Please wait a few seconds, check your answers, and press the button again.") String embedTooFast();
    @Message("We could not take this answer. If you are a person, please reload this page and try again.") String embedRobot();
    @Message("Please wait ten minutes and try again. If you share a connection, for example at a library, that may be why.") String embedTooMany();
    @Message("Leave this empty") String honeypot();

    // The coordinators' page (EmbedOriginPages/list.html)
    @Message("Sites that may embed our forms") String originsTitle();
    @Message("A partner's website can show an event's RSVP form or a petition's sign form inside its own page. Browsers show them only on the sites listed here.") String originsLead();
    @Message("Listed sites") String originsListed();
    @Message("No site is listed: our forms cannot be embedded anywhere.") String originsNone();
    @Message("Remove {origin}") String originsRemove(String origin);
    @Message("Add a site") String originsAdd();
    @Message("Site address") String originLabel();
    @Message("Its https address without a path, for example https://partner.example.org") String originHint();
    @Message("Add the site") String originsAddButton();
    @Message("Enter the site's address.") String originMissing();
    @Message("Enter an https address with no path, for example https://partner.example.org") String originInvalid();
    @Message("This site is already listed.") String originDuplicate();
    @Message("How to embed") String originsHowTo();
    @Message("Give the partner one of these, with the event's or petition's own address at the end:") String originsHowToLead();
    @Message("Event RSVP form") String originsEventCode();
    @Message("Petition sign form") String originsPetitionCode();
    @Message("Add ?lang=es to the address for the Spanish form.") String originsSpanish();
    @Message("Site added.") String originAdded();
    @Message("Site removed.") String originRemoved();
}
