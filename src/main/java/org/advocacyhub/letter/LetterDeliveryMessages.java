package org.advocacyhub.letter;

import io.quarkus.qute.i18n.Message;
import io.quarkus.qute.i18n.MessageBundle;

/**
 * The words of how letters reach the offices (issue 16): the supporter's choice, the contact-form page,
 * the results per route, lobby-day files. A bundle of its own: LetterMessages is near the size that
 * slows start-up. Templates write {@code {letdel:key}}; Spanish is in messages/letdel_es.properties.
 */
@MessageBundle(value = "letdel", locale = "en")
public interface LetterDeliveryMessages {

    @Message("{#when route}{#is EMAIL_OFFICE}E-mailed to the office{#is DELIVERY_INBOX}Handed to our delivery inbox{#is CONTACT_FORM}Through the office's contact form, by the supporter{#is PRINT}Printed for hand delivery{/when}")
    String route(DeliveryRoute route);

    // The review page's choice
    @Message("How should your letters reach the offices?") String routeLegend();
    @Message("Whichever you choose, we e-mail you a copy of your letters.") String routeHint();
    @Message("Send them for me (by e-mail to the office, or through our delivery team)") String choiceSend();
    @Message("I will paste them into each office's contact form myself: offices sometimes count these first") String choiceContactForm();
    @Message("Print them, so volunteers hand them over at a meeting with the legislator") String choicePrint();

    // The contact-form page (LetterPages/deliver.html)
    @Message("Send your letter: {campaign}") String deliverTitle(String campaign);
    @Message("Send your letter to {who}") String deliverHeading(String who);
    @Message("You told us you sent this one. Thank you.") String alreadySent();
    @Message("Open the office's form:") String deliverStep1();
    @Message("the contact form of {who}") String openForm(String who);
    @Message("(opens in a new tab)") String newTab();
    @Message("Copy the subject and the letter below into the form, and fill in what else it asks.") String deliverStep2();
    @Message("Send it there, then come back and press \"I sent it\".") String deliverStep3();
    @Message("Your letter, ready to copy") String letterToCopy();
    @Message("Select all of it and copy it. It ends with your name and town, as offices need them.") String letterToCopyHint();
    @Message("I sent it") String iSentIt();
    @Message("{#if count == 1}One more letter after this one.{#else}{count} more letters after this one.{/if}") String moreToGo(int count);

    // Results per route (CampaignPages/campaign.html)
    @Message("Letters by how they reach the office") String byRoute();
    @Message("Route") String routeColumn();
    @Message("Reached the end of the route") String doneColumn();
    @Message("Still waiting") String waitingColumn();
    @Message("Could not be sent") String failedColumn();
    @Message("Letters") String lettersColumn();
    @Message("{#if count == 1}1 letter is{#else}{fmt:number(count)} letters are{/if} printed for hand delivery, not counted as sent.") String printedLine(long count);

    // Lobby-day files (LobbyDayPdf's cover, the campaign page, the meeting hosts' page)
    @Message("Letters to {who}") String coverFor(String who);
    @Message("{#if count == 1}1 letter{#else}{count} letters{/if}, one per page") String coverCount(int count);
    @Message("Printed on {date}") String coverDate(String date);
    @Message("Letters for lobby days (PDF, one letter per page)") String lobbyHeading();
    @Message("Print the letters for a meeting with a legislator, or for a whole state. Letters waiting to be printed count as printed once in a file.")
    String lobbyLead();
    @Message("Letters to {who} (PDF)") String pdfFor(String who);
    @Message("All letters to {state}'s legislators (PDF)") String pdfForState(String state);
    @Message("Meetings with a legislator") String meetingsHeading();
    @Message("Link a published or draft event of the kind \"meeting with a legislator\" to this campaign: its hosts can then download the letters for the legislators they meet.")
    String meetingsLead();
    @Message("Event's web address (the end of /events/…)") String meetingEvent();
    @Message("Legislator they meet") String meetingLegislator();
    @Message("Link the meeting") String meetingButton();
    @Message("There is no meeting with a legislator at that address") String meetingNotFound();
    @Message("Choose a legislator this campaign has letters for") String meetingLegislatorMissing();
    @Message("Letters for this meeting") String hostHeading();
    @Message("Letters supporters wrote for this meeting, ready to print, one per page. Take them along and hand them over.")
    String hostLead();
    @Message("No letter campaign is linked to this meeting yet.") String hostNone();

    // The step counter, one per page, the same place on each (issue 16: "Step 2 of 3" showed on two pages)
    @Message("Step {step} of 3: {#when step}{#is 1}{#if district}Your details (your district){#else}Your details{/if}{#is 2}Your letters{#else}Check and send{/when}")
    String stepOf(int step, boolean district);

    // One paragraph for every letter (LetterPages/write.html)
    @Message("Your own paragraph for every letter (optional)") String personalLabel();
    @Message("Type it once: we add it to each letter below, after the greeting. You can still change each letter on its own. Why this matters to you counts more than anything else.")
    String personalHint();
    @Message("Your paragraph") String personalName();
}
