package org.advocacyhub.call;

import io.quarkus.qute.i18n.Message;
import io.quarkus.qute.i18n.MessageBundle;
import org.advocacyhub.letter.Targets;

/**
 * The words of the calling pages and the coordinators' call campaign pages. Templates write
 * {@code {calls:key}}; Java asks {@code language.bundle(CallMessages.class)}. Spanish is in
 * messages/calls_es.properties. Words shared with letters (status, ZIP code, district) come from
 * {@code letters:}. The script is the campaign's own text and stays as written.
 */
@MessageBundle(value = "calls", locale = "en")
public interface CallMessages {

    @Message("{#when outcome}{#is SPOKE_TO_STAFF}I spoke to someone in the office{#is LEFT_VOICEMAIL}I left a voicemail{#is NO_ANSWER}I could not get through{/when}")
    String outcome(CallOutcome outcome);

    @Message("Calls to: {#when targets}{#is BOTH}both senators and the representative{#is SENATE}the two senators{#is HOUSE}the representative{/when}.")
    String callsTo(Targets targets);

    // The home page's card
    @Message("Call your legislators") String homeLink();
    @Message("A two-minute phone call, with the number and the words to say ready for you.") String homeText();

    // The open campaigns (CallPages/list.html)
    @Message("Call your legislators") String listTitle();
    @Message("A short phone call counts: offices tally every call from the people they represent. We give you the number and the words to say. You do not need an account.")
    String listLead();
    @Message("There are no call campaigns right now.") String listNone();
    @Message("Open call campaigns") String listLabel();

    // Step 1 (CallPages/campaign.html)
    @Message("{campaign} – Call campaigns") String campaignTitle(String campaign);
    @Message("Why it matters") String whyHeading();
    @Message("Step 1 of 2: Who is calling") String detailsHeading();
    @Message("Step 1 of 2: Who is calling (your district)") String districtStep();
    @Message("We fill your first name and town into what to say, and find your legislators from your ZIP code. We keep none of it.")
    String detailsLead();
    @Message("Only to fill in what to say") String firstNameHint();
    @Message("E-mail address (optional)") String emailOptional();
    @Message("Only if you share this phone or computer with someone who also calls: it keeps your calls apart from theirs. We keep only a scrambled code made from it, never the address, and we never write to you.")
    String emailHint();
    @Message("Continue: whom to call") String detailsButton();
    @Message("Leave this empty") String honeypot();
    @Message("This campaign is closed. Thank you to everyone who called.") String closed();
    @Message("See the open call campaigns") String seeOpen();

    // Step 2 when the ZIP code has several districts (CallPages/district.html)
    @Message("Your district: {campaign}") String districtTitle(String campaign);
    @Message("Your ZIP code {zip} is in {count} congressional districts, and each has its own representative. We cannot tell which one is yours from the ZIP code.")
    String districtLead(String zip, int count);
    @Message("I do not know: call my senators only") String senatorsOnly();
    @Message("Continue: whom to call") String districtButton();

    // The calls (CallPages/call.html)
    @Message("Whom to call: {campaign}") String callTitle(String campaign);
    @Message("Step 2 of 2: Call and tell us how it went") String callHeading();
    @Message("{#if count == 1}Here is your legislator{#else}Here are your {count} legislators{/if}. Read the words below when someone answers, or on the voicemail. It takes about two minutes a call. After each call, tell us what happened.")
    String callLead(int count);
    @Message("Whom to call") String callTitleShort();
    @Message("What to say") String scriptHeading();
    @Message("Numbers to call") String numbersHeading();
    @Message("Call Washington, DC: {phone}") String callDc(String phone);
    @Message("The office in the Capitol. Weekdays, 9 am to 5 pm Eastern time.") String dcHint();
    @Message("Call the local office: {phone}") String callLocal(String phone);
    @Message("The office nearest you, {#if miles < 1}less than a mile away{#else if miles == 1}about 1 mile away{#else}about {miles} miles away{/if}: {where}") String localHint(String where, long miles);
    @Message("We have no phone number for this office.") String noNumber();
    @Message("How did your call to {who} go?") String outcomeLegend(String who);
    @Message("Tell us how it went") String recordButton();
    @Message("Tell us how your call to {who} went") String outcomeMissing(String who);
    @Message("Thank you. We have counted your call to {who}: {outcome}.") String recorded(String who, String outcome);
    @Message("Counted today: {outcome}.") String alreadyRecorded(String outcome);
    @Message("That was quicker than a call takes. If you have made the call, press the button again.") String tooFast();
    @Message("We could not count this call") String refusedTitle();
    @Message("Something about this form looked automatic, so we did not count it. Please start again from the campaign's page.")
    String notAPerson();
    @Message("Start again") String startAgain();

    // Coordinators: campaigns (CallCampaignPages)
    @Message("Call campaigns") String campaigns();
    @Message("Create a call campaign") String createCampaign();
    @Message("There are no call campaigns yet.") String noCampaignsYet();
    @Message("Back to the call campaigns") String backToCampaigns();
    @Message("New call campaign") String newCampaign();
    @Message("Edit the call campaign") String editCampaign();
    @Message("Title") String titleLabel();
    @Message("Short and plain, like: Call Congress about MS research funding") String titleHint();
    @Message("The end of the campaign's web address, /calls/…. Leave it empty to make it from the title.") String slugHint();
    @Message("Why it matters") String whyLabel();
    @Message("What callers read first: why this call, and why now. Plain text.") String whyHint();
    @Message("Whom do supporters call?") String chambersLegend();
    @Message("The script") String theScript();
    @Message("Callers see the script with these placeholders filled in for each legislator:") String placeholdersHint();
    @Message("Script") String scriptLabel();
    @Message("What a caller says, in a few short sentences. Plain text.") String scriptHint();
    @Message("See the script") String previewButton();
    @Message("The script as a caller sees it") String previewHeading();
    @Message("Not saved yet.") String previewNotSaved();
    @Message("Calls to") String callsToLabel();
    @Message("{#if count == 1}call made{#else}calls made{/if}, as the callers told us.") String resultsLine(long count);
    @Message("Calls by what happened") String byOutcome();
    @Message("Calls by legislator") String byLegislator();
    @Message("Calls by state") String byState();
    @Message("What happened") String outcomeColumn();
    @Message("Calls") String callsColumn();
    @Message("Download every call (CSV)") String downloadCalls();
    @Message("Calls for {campaign}, by what happened") String chartTitle(String campaign);
    @Message("{fmt:number(total)} calls: {fmt:number(spoke)} spoke to someone, {fmt:number(voicemail)} left a voicemail, {fmt:number(noAnswer)} could not get through.")
    String chartSummary(long total, long spoke, long voicemail, long noAnswer);
    @Message("The script, for a sample caller") String sampleHeading();
    @Message("As Sam from Burlington, VT (ZIP code 05401) would read it.") String sampleWho();

    // What is wrong with a campaign or a caller's details
    @Message("Enter the title") String titleMissing();
    @Message("Another call campaign has the web address {slug}. Choose another.") String slugTaken(String slug);
    @Message("Enter why it matters") String whyMissing();
    @Message("Choose whom supporters call") String chambersMissing();
    @Message("Enter the script") String scriptMissing();
    @Message("Enter your first name, so the script can say it") String firstNameMissing();

    // Placeholders, for the coordinators' form
    @Message("Senator, Representative, Delegate or Resident Commissioner") String placeholderTitle();
    @Message("the legislator's first name") String placeholderLegislatorFirstName();
    @Message("the legislator's last name") String placeholderLegislatorLastName();
    @Message("the legislator's full name") String placeholderLegislatorFullName();
    @Message("the state they represent, like VT") String placeholderState();
    @Message("the caller's first name") String placeholderCallerFirstName();
    @Message("the caller's town or city") String placeholderCity();
}
