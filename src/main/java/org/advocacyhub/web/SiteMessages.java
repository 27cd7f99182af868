package org.advocacyhub.web;

import io.quarkus.qute.i18n.Message;
import io.quarkus.qute.i18n.MessageBundle;

/**
 * The words every page shares: the layout, the form pattern, the error pages, the home page and the
 * one-line messages after a POST ({@link Flash}). Templates write {@code {msg:signIn}}; Spanish is in
 * messages/msg_es.properties. Each feature has a bundle of its own beside its code (EventMessages, ...).
 */
@MessageBundle(value = "msg", locale = "en")
public interface SiteMessages {

    // Layout
    @Message("Advocacy Hub") String siteName();
    @Message("Advocacy Hub: local events, petitions and letters to legislators by and for people living with MS and other autoimmune diseases.")
    String siteDescription();
    @Message("Skip to main content") String skipToContent();
    @Message("Main") String mainNav();
    @Message("Events") String navEvents();
    @Message("Petitions") String navPetitions();
    @Message("Letters") String navLetters();
    @Message("Coordinator") String navCoordinator();
    @Message("Signed in as") String signedInAs();
    @Message("Sign in") String signIn();
    @Message("Sign out") String signOut();
    @Message("Language") String languageLabel();
    @Message("Advocacy Hub is run by volunteers for people living with multiple sclerosis and other autoimmune diseases, and those who care about them.")
    String footerAbout();
    @Message("We ask for as little as we can, never sell or share it, and never use tracking.") String footerPrivacy();
    @Message("Privacy") String footerPrivacyLink();
    @Message("Your data") String footerMyData();

    // The form pattern
    @Message("Error:") String errorPrefix();
    @Message("There is a problem") String errorSummaryTitle();
    @Message("This contains a character that cannot be typed: a control character (such as NUL) or a text-direction override. Remove it and try again.")
    String controlCharacters();
    @Message("(required)") String required();
    @Message("Download this table (CSV)") String downloadTable();
    @Message("No data for this period.") String noData();
    @Message("E-mail me news about events and campaigns") String consentLabel();
    @Message("We send at most a few e-mails a month. Every one has a link to stop them, and you can stop them at any time.")
    String consentHint();
    @Message("Go to the home page") String goHome();

    // Error pages
    @Message("Something went wrong with that form") String badRequestTitle();
    @Message("We could not accept what was sent. This can happen when a form was open for a long time. Nothing was saved.")
    String badRequestText();
    @Message("Go back, reload the page and try again.") String badRequestAdvice();
    @Message("What you sent is too large") String tooLargeTitle();
    @Message("The form or file was too large for us to accept, so nothing was saved. Shorten the text or choose a smaller file, then try again.")
    String tooLargeText();
    @Message("You cannot see this page") String forbiddenTitle();
    @Message("Your account does not have access to this page. If you think it should, ask a coordinator.") String forbiddenText();
    @Message("Page not found") String notFoundTitle();
    @Message("We could not find that page. If you typed the address, check it is right. If you followed a link, the page may have moved or the event may have ended.")
    String notFoundText();
    @Message("Sorry, there is a problem with the service") String serverErrorTitle();
    @Message("Please try again later. If what you were doing was important, it may not have been saved.") String serverErrorText();
    @Message("If you tell us about it, mention this reference:") String serverErrorReference();
    @Message("The site cannot answer for a moment") String unavailableTitle();
    @Message("We cannot reach our database just now, so nothing from this request was saved. Please try again in a minute.")
    String unavailableText();

    // Home page
    @Message("Act together for MS and autoimmune research") String homeTitle();
    @Message("Advocacy Hub helps people living with multiple sclerosis and other autoimmune diseases, and everyone who cares about them, push for research funding and better care. Pick one thing to do today. Each takes a few minutes, and you do not need an account.")
    String homeLead();
    @Message("Go to an event near you") String homeEventsLink();
    @Message("Awareness walks, information sessions and meetings with legislators, searched by ZIP code and date. You can see before you go whether a place has step-free access, seating and rest breaks.")
    String homeEventsText();
    @Message("Sign a petition") String homePetitionsLink();
    @Message("Add your name in under a minute. Only you decide whether your name is shown.") String homePetitionsText();
    @Message("Write to your legislators") String homeLettersLink();
    @Message("Enter your ZIP code and we find your senators and representative. We fill in a letter; you make it your own.")
    String homeLettersText();
    @Message("Host an event") String homeHostTitle();
    @Message("Volunteers organise events in their own town.") String homeHostText();
    @Message("See your activity.") String homeHostSignedIn();
    @Message("Sign in or create an account to host one.") String homeHostSignIn();

    // Messages after a POST, by Flash key (hyphens become underscores: "rsvp-going" is flash_rsvp_going)
    @Message("You have signed out.") String flash_signed_out();
    @Message("You are going. We have e-mailed you the details and a calendar file.") String flash_rsvp_going();
    @Message("The event is full, so you are on the waiting list. We will e-mail you if a place comes up.") String flash_rsvp_waitlisted();
    @Message("Your answer is updated.") String flash_rsvp_updated();
    @Message("Thank you. We have e-mailed the details of your answer to the address you gave: please check your inbox.")
    String flash_rsvp_received();
    @Message("You are no longer going. Thank you for letting the host know.") String flash_rsvp_cancelled();
    @Message("Your draft is saved. Only you can see it.") String flash_event_draft_saved();
    @Message("Thank you. Your event is waiting for a coordinator to approve it. We will e-mail you.") String flash_event_submitted();
    @Message("Your changes are saved.") String flash_event_saved();
    @Message("The event is cancelled. Everyone who said they were coming will get an e-mail.") String flash_event_cancelled();
    @Message("The event is approved and published. The host will get an e-mail.") String flash_event_approved();
    @Message("The event is not approved. The host will get an e-mail with your reason.") String flash_event_rejected();
    @Message("Your changes are waiting for a coordinator. The event stays as published until they approve them; we will e-mail you.") String flash_event_changes_pending();
    @Message("The changes are published. The host gets an e-mail, and so does everyone coming if the time, place or link changed.") String flash_event_changes_approved();
    @Message("The changes are not approved; the event stays as it was. The host will get an e-mail with your reason.") String flash_event_changes_rejected();
    @Message("Checked in.") String flash_checked_in();
    @Message("Check-in undone.") String flash_check_in_undone();
    @Message("Checked in. They count as attended.") String flash_walk_in_checked_in();
    @Message("The answer is cancelled. We told the person by e-mail, and the waiting list moved up if places came free.") String flash_rsvp_cancelled_by_host();
    @Message("Moved up. We told the person by e-mail that they have a place.") String flash_rsvp_moved_up();
    @Message("Next step saved. It goes in the thank-you e-mail after the event.") String flash_next_step_saved();
    @Message("Thank you: your e-mail address is confirmed, and your signature counts as verified.") String flash_signature_confirmed();
    @Message("The petition is saved.") String flash_petition_saved();
    @Message("The petition is open: anyone can sign it now.") String flash_petition_opened();
    @Message("The petition is closed: it takes no more signatures.") String flash_petition_closed();
    @Message("Done: they are a coordinator from their next sign-in.") String flash_coordinator_granted();
    @Message("Done: they are no longer a coordinator from their next sign-in.") String flash_coordinator_revoked();
    @Message("You cannot take the coordinator role from yourself. Ask another coordinator.") String flash_coordinator_not_self();
    @Message("The new list of members of Congress is loaded.") String flash_legislators_loaded();
    @Message("Nothing changed: this file, or newer data, is already loaded.") String flash_legislators_unchanged();
    @Message("Thank you. Your letters are on their way. We have e-mailed you a copy.") String flash_letters_sent();
    @Message("You had already sent these letters, so we did not send them again.") String flash_letters_already_sent();
    @Message("Thank you. Your letters are saved for volunteers to print and hand over. We have e-mailed you a copy.") String flash_letters_for_print();
    @Message("Thank you for sending your letters through the offices' forms. We have counted them.") String flash_letters_sent_by_you();
    @Message("The campaign is saved.") String flash_campaign_saved();
    @Message("The campaign is open. Anyone can now write their letters.") String flash_campaign_opened();
    @Message("The campaign is closed. No more letters can be sent.") String flash_campaign_closed();
    @Message("The call campaign is open. Anyone can now call.") String flash_call_campaign_opened();
    @Message("The call campaign is closed. No more calls can be recorded.") String flash_call_campaign_closed();
    @Message("Your details are saved.") String flash_my_data_corrected();
    @Message("Done. You will get no more news e-mails from us.") String flash_unsubscribed();
    @Message("The news e-mail is on its way to everyone who agreed to it.") String flash_news_sent();
}
