package org.advocacyhub.petition;

import io.quarkus.qute.i18n.Message;
import io.quarkus.qute.i18n.MessageBundle;
import java.time.LocalDate;

/**
 * The words of the petition pages, the coordinators' petition pages and the confirmation e-mail.
 * Templates write {@code {petitions:key}}; Java code asks {@code language.bundle(PetitionMessages.class)},
 * or {@code Language.bundle(PetitionMessages.class, tag)} for a stored language. Spanish is in
 * messages/petitions_es.properties. A petition's own title, text and target are content and stay as written.
 */
@MessageBundle(value = "petitions", locale = "en")
public interface PetitionMessages {

    @Message("{#when status}{#is DRAFT}Draft{#is OPEN}Open{#is CLOSED}Closed{/when}")
    String status(PetitionStatus status);

    // Words several pages share
    @Message("Petitions") String petitions();
    @Message("To: {target}") String to(String target);
    @Message("To") String toLabel();
    @Message("Open until {fmt:date(deadline)}") String openUntil(LocalDate deadline);
    @Message("Back to the petition") String backToPetition();
    @Message("See open petitions") String seeOpenPetitions();
    @Message("First name") String firstName();
    @Message("Last name") String lastName();
    @Message("E-mail address") String email();
    @Message("ZIP code") String zip();
    @Message("of") String of();

    // The list (PetitionPages/list.html)
    @Message("Add your name in under a minute. No account needed, and only you decide whether your name is shown.") String listLead();
    @Message("There are no open petitions right now.") String listNone();

    // A petition (PetitionPages/show.html, standing.html)
    @Message("Preview.") String preview();
    @Message("This is how the petition looks to signers. Status: {petitions:status(status)}.") String previewText(PetitionStatus status);
    @Message("Edit it") String previewEdit();
    @Message("or go back to") String previewOr();
    @Message("the petitions") String previewBack();
    @Message("Open until") String openUntilLabel();
    @Message("the end of {fmt:date(deadline)}, Eastern time") String deadlineEnd(LocalDate deadline);
    @Message("The petition") String thePetition();
    @Message("Sign the petition") String signHeading();
    @Message("Sign the petition") String signButton();
    @Message("Leave this empty") String honeypot();
    @Message("We send one e-mail to confirm it is you.") String emailHint();
    @Message("So the target sees where signers live.") String zipHint();
    @Message("Why are you signing? (optional)") String comment();
    @Message("Up to 500 characters. It may be shown to the target.") String commentHint();
    @Message("Show my first name, last initial and state on this page") String showName();
    @Message("This is a preview: the button does not sign.") String previewButtonHint();
    @Message("This petition is closed.") String closed();
    @Message("This petition is closed: its last day has passed.") String closedPastDeadline();
    @Message("It takes no more signatures. Thank you to everyone who signed.") String closedThanks();
    @Message("Recent signers") String recentSigners();
    @Message("Only people who chose to be shown.") String recentSignersHint();
    @Message("{#if total == 1}person has{#else}people have{/if} signed.") String haveSigned(long total);
    @Message("The goal is {fmt:number(goal)}.") String goal(long goal);
    @Message("{fmt:number(verified)} of them confirmed their e-mail address.") String confirmedOfThem(long verified);
    @Message("That was quicker than we expected. Please check your details and press “Sign the petition” again.") String tooFast();

    // What is wrong with a signature
    @Message("Enter your first name") String firstNameMissing();
    @Message("First name must be 100 characters or fewer") String firstNameTooLong();
    @Message("Enter your last name") String lastNameMissing();
    @Message("Last name must be 100 characters or fewer") String lastNameTooLong();
    @Message("Enter your e-mail address") String emailMissing();
    @Message("Enter an e-mail address in the right format, like name@example.com") String emailFormat();
    @Message("Enter your ZIP code, 5 digits, like 05401") String zipFormat();
    @Message("Your comment must be {fmt:number(max)} characters or fewer; it has {fmt:number(length)}") String commentTooLong(long max, long length);

    // After signing (PetitionPages/thanks.html)
    @Message("Thank you for signing") String thanksTitle();
    @Message("Your name is on “{title}”.") String thanksLead(String title);
    @Message("We have sent you an e-mail. Open the link in it and press the button to confirm your address: confirmed signatures carry more weight.")
    String thanksMail();
    @Message("Ask a friend to sign") String shareHeading();
    @Message("Every signature counts. Share the link:") String shareLead();
    @Message("Link to the petition") String shareUrl();
    @Message("Copy the link") String copyLink();
    @Message("The link is copied.") String linkCopied();
    @Message("Share by {service}") String shareBy(String service);
    @Message("E-mail") String shareByEmail();
    @Message("I signed: {title}") String shareText(String title);
    @Message("These are plain links: no tracking, and nothing loads from those sites until you choose one.") String shareHint();
    @Message("What next?") String nextHeading();
    @Message("Find an event near you") String nextDefault();

    // Refused (PetitionPages/refused.html)
    @Message("We could not take your signature") String refusedTitle();
    @Message("We had a lot of signatures from your connection or your e-mail address in a short time, so we paused to keep the count honest.")
    String tooManyText();
    @Message("Please wait ten minutes and try again. If you share a connection, for example at a library, that may be why.")
    String waitTenMinutes();
    @Message("Something about the form looked automatic to us, so we did not count it. Nothing was saved.") String robotText();
    @Message("If you are a person, please go back to the petition, reload the page, and sign again.") String robotAdvice();

    // Confirming the address (PetitionPages/confirm.html)
    @Message("Confirm your signature") String confirmTitle();
    @Message("Your signature on") String alreadyConfirmedBefore();
    @Message("is already confirmed. Thank you, there is nothing more to do.") String alreadyConfirmedAfter();
    @Message("Press the button to confirm that you signed") String confirmBefore();
    @Message("with this e-mail address.") String confirmAfter();
    @Message("Confirm my signature") String confirmButton();
    @Message("If you did not sign this petition, ignore this page: nothing happens unless you press the button.") String confirmIgnore();

    // The confirmation e-mail (PetitionMail/confirmAddress.txt)
    @Message("Please confirm your signature: {title}") String mailSubject(String title);
    @Message("Hello {name},") String mailHello(String name);
    @Message("Thank you for signing \"{title}\".") String mailThanks(String title);
    @Message("Please confirm that this is your e-mail address. Open this link and press the button on the page:") String mailAsk();
    @Message("Confirmed signatures carry more weight when we deliver the petition.") String mailWeight();
    @Message("If you did not sign, ignore this e-mail: nothing happens unless you press the button.") String mailIgnore();
    @Message("The petition:") String mailPetition();

    // Coordinators: the list (PetitionAdminPages/index.html)
    @Message("Coordinator") String coordinator();
    @Message("Coordinator overview") String coordinatorOverview();
    @Message("Write a new petition") String writeNew();
    @Message("No petitions yet.") String noPetitionsYet();
    @Message("All petitions, newest first") String tableCaption();
    @Message("Petition") String columnPetition();
    @Message("Status") String columnStatus();
    @Message("Signatures") String columnSignatures();
    @Message("Confirmed") String columnConfirmed();
    @Message("Goal") String columnGoal();
    @Message("Actions") String columnActions();
    @Message("(past its last day)") String pastLastDay();
    @Message("Edit") String edit();
    @Message("Download signatures (CSV)") String downloadSignatures();
    @Message("Delivery page") String deliveryPage();
    @Message("Open for signing") String openForSigning();
    @Message("Close") String close();

    // Coordinators: the form (PetitionAdminPages/form.html)
    @Message("All petitions") String allPetitions();
    @Message("Edit the petition") String editPetition();
    @Message("Write a petition") String writePetition();
    @Message("It is saved as a draft. You see a preview next, and open it for signing from the list of petitions.") String formLead();
    @Message("Title") String title();
    @Message("Up to 150 characters. Say what you ask for: Fund MS research at the NIH") String titleHint();
    @Message("Web address (optional)") String slug();
    @Message("The end of the link, like fund-ms-research. Leave empty to make it from the title.") String slugHint();
    @Message("Summary") String summary();
    @Message("One or two sentences, up to 280 characters. Shown in lists and link previews.") String summaryHint();
    @Message("The petition's text") String body();
    @Message("Markdown: a blank line between paragraphs, ## for a heading, **bold**, [a link](https://example.org). HTML is shown as text.")
    String bodyHint();
    @Message("Who it is to") String target();
    @Message("For example: U.S. Congress") String targetHint();
    @Message("Goal (number of signatures)") String goalLabel();
    @Message("Last day to sign (optional)") String deadline();
    @Message("It closes at the end of that day, Eastern time.") String deadlineHint();
    @Message("Next step after signing (optional)") String nextActionLabel();
    @Message("For example: Write to your senators") String nextActionLabelHint();
    @Message("Link for the next step (optional)") String nextActionUrl();
    @Message("A page on this site, like /letters/fund-research, or a link starting with https://. Without one, signers are shown events near them.")
    String nextActionUrlHint();
    @Message("Save and preview") String saveAndPreview();

    // What is wrong with a petition
    @Message("Title") String titleName();
    @Message("The summary") String summaryName();
    @Message("The text") String bodyName();
    @Message("The target") String targetName();
    @Message("{label} must be {fmt:number(max)} characters or fewer; it has {fmt:number(length)}") String tooLong(String label, long max, long length);
    @Message("Enter a title") String titleMissing();
    @Message("Use 3 to 80 lower-case letters, digits and hyphens, like fund-ms-research") String slugFormat();
    @Message("Another petition already has this address; choose another") String slugTaken();
    @Message("Write a short summary: it shows in link previews and lists") String summaryMissing();
    @Message("Write the petition's text") String bodyMissing();
    @Message("Say who the petition is to, like U.S. Congress") String targetMissing();
    @Message("Enter a goal from 1 to 10,000,000 signatures") String goalRange();
    @Message("Enter the goal as a whole number, like 5000") String goalNumber();
    @Message("The last day to sign cannot be in the past") String deadlinePast();
    @Message("Enter the last day to sign as a date") String deadlineFormat();
    @Message("Enter a path on this site, like /events, or a link starting with https://") String nextActionUrlFormat();
    @Message("Say what the next step is, like: Write to your senators") String nextActionLabelMissing();
    @Message("The next step must be 120 characters or fewer") String nextActionLabelTooLong();

    // Coordinators: the delivery page (PetitionAdminPages/delivery.html)
    @Message("Delivery: {title}") String deliveryTitle(String title);
    @Message("Print this page, or save it as a PDF from the print dialog.") String deliveryPrint();
    @Message("{#if total == 1}person signed{#else}people signed{/if} this petition; {fmt:number(verified)} of them confirmed their e-mail address.")
    String deliveryCount(long total, long verified);
    @Message("Signers who agreed to be named") String namedSigners();
    @Message("No signer chose to be named.") String noNamedSigners();
    @Message("Name") String columnName();
    @Message("Comment") String columnComment();
    @Message("A signer") String aSigner();
    @Message("And {fmt:number(unnamed)} more who signed without being named.") String andMore(long unnamed);
}
