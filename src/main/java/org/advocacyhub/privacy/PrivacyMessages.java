package org.advocacyhub.privacy;

import io.quarkus.qute.i18n.Message;
import io.quarkus.qute.i18n.MessageBundle;

/** The words of "Your data", unsubscribing and the privacy notice; Spanish in messages/privacy_es.properties. */
@MessageBundle(value = "privacy", locale = "en")
public interface PrivacyMessages {

    // Unsubscribe
    @Message("Stop news e-mails") String unsubscribeTitle();
    @Message("Do you want to stop getting news e-mails from Advocacy Hub?") String unsubscribeQuestion();
    @Message("Stop news e-mails") String unsubscribeButton();
    @Message("Done. You will get no more news e-mails from us.") String unsubscribeDone();
    @Message("You are not getting news e-mails from us.") String unsubscribeAlready();
    @Message("We still send what you ask for, such as the details of an event you are going to or the copy of a letter you send.")
    String unsubscribeTransactional();
    @Message("See or erase everything we hold about you") String unsubscribeSeeData();

    // Asking for the link
    @Message("Your data") String requestTitle();
    @Message("You can see everything we hold about you, take a copy, correct it or erase it. No account is needed: we e-mail you a private link.")
    String requestLead();
    @Message("See everything we hold about you") String requestSee();
    @Message("Download it as JSON or as a spreadsheet (CSV)") String requestDownload();
    @Message("Correct your name and ZIP code") String requestCorrect();
    @Message("Erase yourself from Advocacy Hub") String requestErase();
    @Message("Your e-mail address") String emailLabel();
    @Message("The address you used to sign, RSVP or write a letter.") String emailHint();
    @Message("E-mail me the link") String requestButton();
    @Message("Have an account?") String requestSignedIn();
    @Message("Read our privacy notice") String readNotice();
    @Message("Enter an e-mail address, like name@example.com") String emailInvalid();
    @Message("You have asked for several links already. Please check your e-mail, or try again in an hour.")
    String tooManyRequests();

    @Message("Check your e-mail") String sentTitle();
    @Message("If we hold anything for that address, the e-mail has a private link to it. If we hold nothing, the e-mail says so.")
    String sentLead();
    @Message("It can take a few minutes. Check your spam folder too. The link works for one hour.") String sentHint();
    @Message("Ask for another link") String sentAgain();

    @Message("We hold nothing about you") String nothingTitle();
    @Message("Apart from your account, we have no signatures, RSVPs or letters of yours.") String nothingLead();
    @Message("Your account (your name, e-mail address and password) is kept by our sign-in service. You can change it from the sign-in page.")
    String nothingAccount();

    // The mails
    @Message("Your data at Advocacy Hub") String linkMailSubject();
    @Message("Hello,") String linkMailHello();
    @Message("Someone, probably you, asked to see what Advocacy Hub holds about this e-mail address. This private link shows it, lets you download, correct or erase it, and works for {minutes} minutes:")
    String linkMailBody(String minutes);
    @Message("If you did not ask, you can ignore this e-mail: nothing changes.") String linkMailIgnore();
    @Message("Someone, probably you, asked to see what Advocacy Hub holds about this e-mail address. We hold nothing about it: no signatures, RSVPs, letters or e-mails.")
    String noneMailBody();
    @Message("If you did not ask, you can ignore this e-mail.") String noneMailIgnore();
    @Message("Our privacy notice:") String noneMailNotice();

    // The record
    @Message("Everything we hold about you") String recordTitle();
    @Message("This is every row in our database about you, as it is stored.") String recordLead();
    @Message("This page's address is private and works for one hour. Do not share it.") String recordLinkExpires();
    @Message("Download all of it (JSON)") String downloadJson();
    @Message("Download all of it (CSV, for a spreadsheet)") String downloadCsv();
    @Message("Correct your name or ZIP code") String correctLink();
    @Message("Erase yourself") String eraseLink();
    @Message("Nothing.") String sectionEmpty();
    @Message("Yes") String yes();
    @Message("No") String no();

    @Message("About you") String section_person();
    @Message("Your choices about e-mail") String section_consents();
    @Message("Changes a form asked for, waiting for your confirmation") String section_pending_changes();
    @Message("Petitions you signed") String section_signatures();
    @Message("Events you answered") String section_rsvps();
    @Message("Letters you sent") String section_letters();
    @Message("Events you hosted") String section_events_hosted();
    @Message("Tags our coordinators gave you") String section_tags();
    @Message("Notes our coordinators wrote about you") String section_notes();
    @Message("E-mails we sent you or for you") String section_emails();

    @Message("Record number") String id();
    @Message("E-mail address") String email();
    @Message("First name") String first_name();
    @Message("Last name") String last_name();
    @Message("ZIP code") String zip();
    @Message("Language") String language();
    @Message("Linked to an account") String has_account();
    @Message("Agreed to news e-mails on") String email_consent_at();
    @Message("Agreed on") String email_consent_source();
    @Message("Words you agreed to") String email_consent_wording();
    @Message("Stopped news e-mails on") String unsubscribed_at();
    @Message("Stopped by") String unsubscribe_source();
    @Message("First seen") String created_at();
    @Message("Last changed") String updated_at();
    @Message("Agreed (yes) or stopped (no)") String given();
    @Message("Where") String source();
    @Message("Words shown") String wording();
    @Message("Petition") String petition();
    @Message("Your comment") String comment();
    @Message("Name shown on the petition") String show_name();
    @Message("E-mail address confirmed on") String verified_at();
    @Message("Event") String event();
    @Message("Starts") String starts_at();
    @Message("Status") String status();
    @Message("Guests") String guests();
    @Message("News e-mails from this event's form") String email_updates();
    @Message("Checked in") String checked_in_at();
    @Message("Campaign") String campaign();
    @Message("To") String legislator();
    @Message("Subject") String subject();
    @Message("Text") String body();
    @Message("Tag") String tag();
    @Message("Tagged") String tagged_at();
    @Message("Note") String note();
    @Message("Written by") String written_by();
    @Message("Your town") String sender_city();
    @Message("Your ZIP code") String sender_zip();
    @Message("Sent") String sent_at();
    @Message("Title") String title();
    @Message("Host name") String host_name();
    @Message("Host e-mail") String host_email();
    @Message("Kind") String kind();
    @Message("News e-mails asked for") String news_requested();
    @Message("Link works until") String expires_at();
    @Message("Confirmed on") String applied_at();

    @Message("Going") String statusGoing();
    @Message("On the waiting list") String statusWaitlisted();
    @Message("Cancelled") String statusCancelled();
    @Message("Waiting to go out") String statusQueued();
    @Message("Sent") String statusSent();
    @Message("Could not be sent") String statusFailed();
    @Message("Draft") String statusDraft();
    @Message("Waiting for approval") String statusPending();
    @Message("Published") String statusPublished();
    @Message("Not approved") String statusRejected();
    @Message("the form of the petition “{slug}”") String sourcePetition(String slug);
    @Message("the form of the event “{slug}”") String sourceRsvp(String slug);
    @Message("a partner's form, through {partner}") String sourceApi(String partner);
    @Message("the link in a news e-mail") String sourceUnsubscribeLink();
    @Message("the Unsubscribe button of your mail program") String sourceListUnsubscribe();
    @Message("this page") String sourceMyData();

    @Message("News e-mails") String newsHeading();
    @Message("You get our news e-mails.") String newsYes();
    @Message("You do not get our news e-mails. To get them, tick the box on any form and confirm from the e-mail we send you.") String newsNo();

    @Message("Correct your details") String correctHeading();
    @Message("Your e-mail address is how we know you, so it cannot be changed here. Leave a box empty to remove it.")
    String correctHint();
    @Message("5 digits") String zipHint();
    @Message("Save my details") String correctButton();
    @Message("Use {max} characters or fewer") String tooLong(int max);
    @Message("Enter a ZIP code of 5 digits, like 05401") String zipInvalid();

    @Message("Erase yourself") String eraseHeading();
    @Message("Removes your name, e-mail address, ZIP code, comments and letters. Your signatures and RSVPs still count, with no name.")
    String eraseSummary();

    // Erasing
    @Message("Erase yourself from Advocacy Hub") String eraseTitle();
    @Message("This removes you from Advocacy Hub for good.") String eraseLead();
    @Message("Gone: your name, e-mail address, ZIP code, comments, the text of your letters, the e-mails we sent you, your choices about e-mail and the link to your account.")
    String eraseGone();
    @Message("Kept, with nothing about you: that a signature or RSVP was made, so the totals stay true.") String eraseKept();
    @Message("Your sign-in account, if you have one, is not deleted; you can delete it from the sign-in page.") String eraseAccount();
    @Message("It cannot be undone.") String eraseFinal();
    @Message("I understand: erase me") String eraseConfirm();
    @Message("Tick the box to say you understand that this cannot be undone") String eraseConfirmMissing();
    @Message("Erase me") String eraseButton();
    @Message("Keep my data and go back") String eraseCancel();
    @Message("You are erased") String erasedTitle();
    @Message("We no longer hold your name, e-mail address or anything else about you. Thank you for the difference you made.")
    String erasedLead();
    @Message("If you sign or RSVP again one day, we will only know what you tell us then.") String erasedAccount();

    // The notice
    @Message("Privacy") String noticeTitle();
    @Message("Many of us live with MS or another autoimmune disease, so we treat what you tell us as sensitive. We ask for as little as we can and keep it for as short a time as we can.")
    String noticeLead();
    @Message("What we keep and why") String noticeWhatHeading();
    @Message("Your name, e-mail address and ZIP code: to count your signature, hold your place at an event, find your legislators and write back to you.")
    String noticeWhatContact();
    @Message("What you did: the petitions you signed, the events you answered and the letters you sent.") String noticeWhatActions();
    @Message("Whether you agreed to news e-mails, when, on which form and the exact words you saw. Ticking the box counts only once you confirm it from the e-mail we send, and a form filled in with your address changes nothing you chose until you confirm that too.")
    String noticeWhatConsent();
    @Message("The e-mails we sent you, so we can tell whether they arrived.") String noticeWhatMail();
    @Message("We never ask about your health. We never sell or rent your data and never use tracking or advertising cookies.")
    String noticeNever();
    @Message("How long we keep it") String noticeHowLongHeading();
    @Message("If you have done nothing with us for {months} months and have not agreed to news e-mails, we erase your name, e-mail address and ZIP code.")
    String noticeInactive(int months);
    @Message("If you sign a petition and never confirm your e-mail address, after {days} days we remove your comment, and erase you if that signature was all you did with us.")
    String noticeUnverified(int days);
    @Message("Totals (how many signed, how many came) stay, with no names.") String noticeCounts();
    @Message("Your rights") String noticeRightsHeading();
    @Message("You can see everything we hold about you, download it, correct it or erase it at any time, without an account.")
    String noticeRights();
    @Message("See your data") String noticeMyData();
    @Message("Every news e-mail has a link to stop them, and stopping takes effect at once.") String noticeUnsubscribe();
    @Message("Who else sees it") String noticePartnersHeading();
    @Message("Only our coordinators, and the organising tools they connect to Advocacy Hub with a key of their own. We give your data to nobody else.")
    String noticePartners();

    // Confirming changes that a form proposed (privacy/Changes)
    @Message("Confirm these changes") String changeTitle();
    @Message("A form on Advocacy Hub was filled in with your e-mail address and asked for the changes below. Nothing has changed yet: only you can confirm them.")
    String changeLead();
    @Message("Confirm these changes") String changeButton();
    @Message("If you did not ask for this, do nothing: nothing will change.") String changeIgnore();
    @Message("Done: the changes are made.") String changeDone();
    @Message("These changes were already made.") String changeAlready();
    @Message("This link has expired, so nothing changed. If you want the changes, fill in the form again.") String changeExpired();
    @Message("Your details are updated, but the event has no room now for your party, so your answer is unchanged.")
    String changeDoneRsvpNoRoom();
    @Message("Your details are updated, but the event no longer takes answers, so your answer is unchanged.")
    String changeDoneRsvpClosed();
    @Message("First name") String changeFirstName();
    @Message("Last name") String changeLastName();
    @Message("ZIP code") String changeZip();
    @Message("Language of our e-mails") String changeLanguage();
    @Message("News e-mails") String changeConsent();
    @Message("Yes, send me news e-mails") String changeConsentValue();
    @Message("Your answer to “{title}”") String changeRsvp(String title);
    @Message("{#if guests == 0}Going, no guests{#else if guests == 1}Going, with 1 guest{#else}Going, with {guests} guests{/if}")
    String changeRsvpValue(int guests);
    @Message("Please confirm: changes to your details on Advocacy Hub") String changeMailSubject();
    @Message("Please confirm that you want news e-mails from Advocacy Hub") String changeMailSubjectNew();
    @Message("Someone, perhaps you, filled in a form on Advocacy Hub with this e-mail address. We did what the form asked that changes nothing you chose before. It also asked for these changes, which wait for you:")
    String changeMailIntro();
    @Message("Thank you for using Advocacy Hub. You asked for:") String changeMailIntroNew();
    @Message("To confirm, open this link and press the button on the page:") String changeMailConfirm();
    @Message("If it was not you, ignore this e-mail: nothing changes, and the link stops working after {days} days.")
    String changeMailIgnore(String days);
}
