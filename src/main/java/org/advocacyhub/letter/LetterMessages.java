package org.advocacyhub.letter;

import io.quarkus.qute.i18n.Message;
import io.quarkus.qute.i18n.MessageBundle;
import org.advocacyhub.legislator.Legislator;

/**
 * The words of the letter pages, the coordinators' campaign pages and the copy e-mailed to a supporter.
 * Templates write {@code {letters:key}}; Java code asks {@code language.bundle(LetterMessages.class)}.
 * Spanish is in messages/letters_es.properties. The letters themselves, the campaign's texts and the
 * legislators' names are content and stay as written.
 */
@MessageBundle(value = "letters", locale = "en")
public interface LetterMessages {

    // Statuses and whom a campaign writes to
    @Message("{#when status}{#is DRAFT}Draft{#is OPEN}Open{#is CLOSED}Closed{/when}")
    String campaignStatus(CampaignStatus status);

    @Message("{#when status}{#is QUEUED}Waiting to go out{#is SENT}Sent{#is FAILED}Could not be sent{#is WITH_SUPPORTER}Waiting for the supporter to send it{#is SENT_BY_SUPPORTER}Sent by the supporter{#is TO_PRINT}Waiting to be printed{#is PRINTED}Printed for hand delivery{/when}")
    String letterStatus(LetterStatus status);

    /** As a choice on the coordinators' form: "Both senators and the representative". */
    @Message("{#when targets}{#is BOTH}Both senators and the representative{#is SENATE}The two senators{#is HOUSE}The representative{/when}")
    String targets(Targets targets);

    @Message("Writes to: {#when targets}{#is BOTH}both senators and the representative{#is SENATE}the two senators{#is HOUSE}the representative{/when}.")
    String writesTo(Targets targets);

    // Words every step shares
    @Message("{campaign} – Letter campaigns") String campaignTitle(String campaign);
    @Message("To") String to();
    @Message("Subject:") String subjectColon();
    @Message("First name") String firstName();
    @Message("Last name") String lastName();
    @Message("E-mail address") String email();
    @Message("ZIP code") String zip();
    @Message("Please wait ten minutes and try again. If you share a connection, for example at a library, that may be why.")
    String waitTenMinutes();

    // The open campaigns (LetterPages/list.html)
    @Message("Write to your legislators") String listTitle();
    @Message("Tell your senators and your representative what matters to you. It takes a few minutes, and you do not need an account.")
    String listLead();
    @Message("There are no letter campaigns right now.") String listNone();
    @Message("Open letter campaigns") String listLabel();
    @Message("Find your members of Congress") String findMembers();
    @Message("by ZIP code.") String findMembersByZip();

    // Step 1 (LetterPages/details.html)
    @Message("Your details: {campaign}") String detailsTitle(String campaign);
    @Message("Your details") String detailsHeading();
    @Message("Offices answer letters from the people they represent, so they need your name and address. We use your details for this letter only.")
    String detailsLead();
    @Message("The office answers you here, and we send you a copy of your letters") String emailHint();
    @Message("Street address (optional)") String street();
    @Message("Added under your name, so the office knows you live there") String streetHint();
    @Message("Town or city") String city();
    @Message("5 digits, like 05401. It tells us who represents you.") String zipHint();
    @Message("Continue: find my legislators") String detailsButton();
    @Message("This campaign is closed.") String closed();
    @Message("Thank you to everyone who wrote.") String closedThanks();
    @Message("See open letter campaigns") String seeOpenCampaigns();

    // Step 1 and a half (LetterPages/district.html)
    @Message("Choose your district: {campaign}") String districtTitle(String campaign);
    @Message("Which district do you live in?") String districtHeading();
    @Message("Your ZIP code {zip} is in {count} congressional districts, and each has its own representative. We cannot tell which one is yours from the ZIP code or the street address: we have no map of the district lines.")
    String districtLead(String zip, int count);
    @Message("If you are not sure, enter your home address on the House's") String houseFinderBefore();
    @Message("page, then come back and choose.") String houseFinderAfter();
    @Message("Your district") String districtLegend();
    @Message("no representative at the moment") String noRepresentativeNow();
    @Message("I do not know: write to my senators only") String senatorsOnly();
    @Message("Continue: write my letters") String districtButton();

    // Step 2 (LetterPages/write.html)
    @Message("Your letters: {campaign}") String writeTitle(String campaign);
    @Message("Your letters") String writeHeading();
    @Message("We found {count} {#if count == 1}legislator{#else}legislators{/if} for ZIP code {zip}")
    String writeFound(int count, String zip);
    @Message("Each gets their own letter. Make it yours: a sentence about why this matters to you counts more than anything else.")
    String writeLead();
    @Message("Points you could make") String talkingPoints();
    @Message("Subject") String subject();
    @Message("Your letter") String yourLetter();
    @Message("Plain text, up to 5,000 characters. Your name and address are added at the end.") String yourLetterHint();
    @Message("Continue: check my letters") String writeButton();

    // Step 3 (LetterPages/review.html)
    @Message("Check and send: {campaign}") String reviewTitle(String campaign);
    @Message("Check your letters") String reviewHeading();
    @Message("Nothing has been sent yet. {#if count == 1}This letter goes{#else}These {count} letters go{/if} to the offices from {firstName} {lastName}, with replies to {email}.")
    String reviewLead(int count, String firstName, String lastName, String email);
    @Message("Send my letters") String sendButton();
    @Message("Change my letters") String changeButton();

    // After sending (LetterPages/thanks.html, tooMany.html)
    @Message("Thank you: {campaign}") String thanksTitle(String campaign);
    @Message("Thank you for writing") String thanksHeading();
    @Message("Your letters go to each office through our delivery inbox, which enters them on the office's contact form. We have e-mailed you a copy. Offices answer by e-mail or by post, often after a few weeks.")
    String thanksText();
    @Message("See your letters on your activity page") String seeActivity();
    @Message("See other letter campaigns") String seeOtherCampaigns();
    @Message("Please wait a few minutes") String tooManyTitle();
    @Message("We had many letters from your connection or your e-mail address in a short time, so we paused before sending more. Nothing was sent this time.")
    String tooManyText();
    @Message("Back to the campaign") String backToCampaign();

    // What is wrong with what a supporter typed
    @Message("Enter your first name") String firstNameMissing();
    @Message("Enter your last name. Offices answer letters from people they can identify.") String lastNameMissing();
    @Message("Enter your e-mail address, so the office can answer you and we can send you a copy") String emailMissing();
    @Message("Enter an e-mail address in the right format, like name@example.com") String emailFormat();
    @Message("Enter your town or city") String cityMissing();
    @Message("Enter your ZIP code, 5 digits, like 05401") String zipFormat();
    /** {label} is one of the *Label messages below, or a sentence like "Your letter to Senator Sanders". */
    @Message("{label} must be {fmt:number(max)} characters or fewer; it has {fmt:number(length)}")
    String tooLong(String label, long max, long length);
    @Message("First name") String firstNameLabel();
    @Message("Last name") String lastNameLabel();
    @Message("Street address") String streetLabel();
    @Message("Town or city") String cityLabel();
    @Message("Choose your district from the list") String districtMissing();
    @Message("This campaign writes to {#when targets}{#is BOTH}both senators and the representative{#is SENATE}the two senators{#is HOUSE}the representative{/when}, and there is none for ZIP code {zip} right now.")
    String noneForZip(Targets targets, String zip);
    @Message("Your letters were for other legislators. Check them again below.") String lettersForOthers();
    /** {who} is {@code legislators:named} with the last name: "Senator Sanders", "el senador Sanders". */
    @Message("Enter the subject of your letter to {who}") String subjectMissing(String who);
    @Message("The subject of your letter to {who}") String subjectOf(String who);
    @Message("Write the subject of your letter to {who} as plain text, without HTML tags like <b>") String subjectHtml(String who);
    @Message("Write your letter to {who}") String bodyMissing(String who);
    @Message("Your letter to {who}") String letterTo(String who);
    @Message("Write your letter to {who} as plain text, without HTML tags like <p> or <b>") String bodyHtml(String who);

    // The copy e-mailed to the supporter
    @Message("Your letters: {campaign}") String copySubject(String campaign);
    @Message("Dear {name},") String copyHello(String name);
    @Message("Thank you for writing to your members of Congress about \"{campaign}\".") String copyThanks(String campaign);
    @Message("Here is a copy of what you sent. Offices answer by e-mail or by post, often after a few weeks.") String copyHere();
    @Message("To:") String copyTo();
    @Message("Subject:") String copySubjectLine();
    @Message("You can see your letters on your activity page if you have an account.") String copyActivity();

    // Coordinators: the list (CampaignPages/campaigns.html)
    @Message("Letter campaigns") String campaigns();
    @Message("Back to the coordinator overview") String backToOverview();
    @Message("Create a campaign") String createCampaign();
    @Message("There are no letter campaigns yet.") String noCampaignsYet();
    @Message("Members of Congress data") String legislatorData();
    @Message("See how fresh the data is, or load a newer file") String legislatorDataLink();

    // Coordinators: one campaign (CampaignPages/campaign.html)
    @Message("Back to letter campaigns") String backToCampaigns();
    @Message("Status") String status();
    @Message("Writes to") String writesToLabel();
    @Message("Address") String address();
    @Message("(public once open)") String publicOnceOpen();
    @Message("Edit") String edit();
    @Message("Open the campaign") String openCampaign();
    @Message("Close the campaign") String closeCampaign();
    @Message("Results") String results();
    @Message("{#if letters == 1}letter{#else}letters{/if} written: {fmt:number(sent)} sent, {fmt:number(failed)} could not be sent, {fmt:number(waiting)} waiting to go out.")
    String resultsLine(long letters, long sent, long failed, long waiting);
    @Message("Download every letter (CSV)") String downloadLetters();
    @Message("Letters by state") String byState();
    @Message("Letters by legislator") String byLegislator();
    @Message("State") String state();
    @Message("Legislator") String legislator();
    @Message("Letters") String lettersColumn();
    @Message("Sent") String sentColumn();
    @Message("Could not be sent") String failedColumn();
    /** A row of the results by legislator: senators by title, representatives by seat. */
    @Message("{#if l.chamber.name == 'SENATE'}{legislators:title(l)} {l.fullName} ({l.state}){#else}{l.fullName} ({l.state}-{l.district}){/if}")
    String tallyName(Legislator l);
    @Message("The letter, for a sample supporter") String sampleHeading();
    @Message("Sam Rivera of Burlington, VT 05401, before any change of their own.") String sampleWho();

    // Coordinators: the form (CampaignPages/form.html)
    @Message("Edit the campaign") String editCampaign();
    @Message("Create a letter campaign") String newCampaign();
    @Message("Back") String back();
    @Message("Preview, for a sample supporter: Sam Rivera of Burlington, VT 05401") String previewHeading();
    @Message("Not saved yet. Supporters can change the text before they send it.") String previewNotSaved();
    @Message("The campaign") String theCampaign();
    @Message("Title") String title();
    @Message("Up to 120 characters, like: Fund MS research in the next budget") String titleHint();
    @Message("Web address (optional)") String slug();
    @Message("The end of the link: /letters/fund-ms-research. Leave empty to make it from the title. It cannot change once the campaign is open.")
    String slugHint();
    @Message("Web address:") String slugFixed();
    @Message("(it cannot change once the campaign is open)") String slugFixedNote();
    @Message("Introduction") String intro();
    @Message("What the campaign is about and why writing helps. Up to 2,000 characters.") String introHint();
    @Message("Talking points (optional)") String talkingPointsLabel();
    @Message("Shown beside the letter to help people make it their own. Up to 3,000 characters.") String talkingPointsHint();
    @Message("Who gets the letters") String chambersLegend();
    @Message("The letter") String theLetter();
    @Message("Placeholders are filled in for each letter:") String placeholdersHint();
    @Message("Up to 150 characters, plain text.") String subjectTemplateHint();
    @Message("Letter") String bodyTemplate();
    @Message("Plain text, up to 4,000 characters. The supporter's name and address are added at the end.") String bodyTemplateHint();
    @Message("Save") String save();
    @Message("Preview the letter") String previewButton();
    @Message("No sample legislator is loaded, so there is nothing to preview.") String noPreview();

    // What each placeholder stands for
    @Message("Senator, Representative, Delegate or Resident Commissioner") String placeholderTitle();
    @Message("the legislator's first name") String placeholderLegislatorFirstName();
    @Message("the legislator's last name") String placeholderLegislatorLastName();
    @Message("the legislator's full name") String placeholderLegislatorFullName();
    @Message("the state they represent, like VT") String placeholderState();
    @Message("the supporter's first name") String placeholderSupporterFirstName();
    @Message("the supporter's last name") String placeholderSupporterLastName();
    @Message("the supporter's town or city") String placeholderCity();
    @Message("the supporter's ZIP code") String placeholderZip();

    // What is wrong with a campaign
    @Message("Title") String titleLabel();
    @Message("Introduction") String introLabel();
    @Message("Talking points") String talkingPointsName();
    @Message("Subject") String subjectLabel();
    @Message("Letter") String bodyLabel();
    @Message("Enter the title") String titleMissing();
    @Message("Enter the introduction") String introMissing();
    @Message("Enter the subject") String subjectTemplateMissing();
    @Message("Enter the letter") String bodyTemplateMissing();
    @Message("{label} must be plain text. Remove the HTML tags, like <p> or <b>.") String plainText(String label);
    @Message("Use lower-case letters, digits and dashes only, like fund-ms-research, up to 80 characters") String slugFormat();
    @Message("Another campaign has the web address {slug}. Choose another.") String slugTaken(String slug);
    @Message("Choose whom the letters go to") String chambersMissing();
    @Message("{#if count == 1}We do not know the placeholder {unknown}{#else}We do not know the placeholders {unknown}{/if}. You can use: {known}.")
    String unknownPlaceholders(int count, String unknown, String known);
}
