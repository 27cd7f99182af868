package org.advocacyhub.dashboard;

import io.quarkus.qute.i18n.Message;
import io.quarkus.qute.i18n.MessageBundle;

/**
 * The words of the coordinators' dashboards and reports. Templates write {@code {dashboard:overviewTitle}};
 * {@link Dashboard} and {@link SvgChart} get the bundle in the reader's language from {@link Table.Words}.
 * Spanish is in messages/dashboard_es.properties. CSV exports keep the English words, since the
 * people who open them often feed them to a spreadsheet or a script that looks for fixed headings.
 * Dates and numbers arrive formatted (web.Formats), so a message only places them.
 */
@MessageBundle(value = "dashboard", locale = "en")
public interface DashboardMessages {

    // The overview page
    @Message("Coordinator overview") String overviewTitle();
    @Message(", a coordinator.") String aCoordinator();
    @Message("Coordinator tools") String toolsLabel();
    @Message("Events to approve") String eventsToApprove();
    @Message("({count} waiting)") String waiting(String count);
    @Message("Petitions") String petitions();
    @Message("Letter campaigns") String letterCampaigns();
    @Message("Call campaigns") String callCampaigns();
    @Message("People") String people();
    @Message("News e-mails") String newsEmails();
    @Message("API keys for partners") String apiKeys();

    // The period picker
    @Message("From") String from();
    @Message("To") String to();
    @Message("Show this period") String showPeriod();
    @Message("Last 30 days") String last30Days();
    @Message("{from} to {to}, compared with {#if days == 1}the day{#else}the {days} days{/if} before")
    String comparedWith(String from, String to, long days);

    // The figures
    @Message("Figure") String figure();
    @Message("This period") String thisPeriod();
    @Message("Period before") String periodBefore();
    @Message("Change") String change();
    @Message("New supporters") String newSupporters();
    @Message("people we heard from for the first time") String newSupportersNote();
    @Message("Signatures") String signatures();
    @Message("on all petitions") String signaturesNote();
    @Message("Confirmed signatures") String confirmedSignatures();
    @Message("of the period's signatures whose e-mail was confirmed") String confirmedSignaturesNote();
    @Message("RSVPs") String rsvps();
    @Message("answers to events, including the waiting list") String rsvpsNote();
    @Message("Attendance") String attendance();
    @Message("of people going to events that ended in the period who were checked in") String attendanceNote();
    @Message("Letters sent") String lettersSent();
    @Message("to legislators' offices") String lettersSentNote();
    @Message("Letters failed") String lettersFailed();
    @Message("Calls made") String callsMade();
    @Message("to legislators, as the callers told us, every call campaign") String callsMadeNote();
    @Message("written in the period and not delivered after every retry") String lettersFailedNote();
    @Message("Events waiting for approval") String eventsWaiting();
    @Message("now") String now();
    @Message("Download these figures (CSV)") String downloadFigures();

    // Changes, in words that do not rely on colour
    @Message("No data") String noData();
    @Message("No comparison") String noComparison();
    @Message("No change") String noChange();
    @Message("{percent}%") String percent(String percent);
    @Message("Up {amount} ({percent})") String up(String amount, String percent);
    @Message("Down {amount} ({percent})") String down(String amount, String percent);
    @Message("Up {amount} (none before)") String upFromNone(String amount);
    @Message("Up {#if points == 1}1 point{#else}{points} points{/if}") String upPoints(long points);
    @Message("Down {#if points == 1}1 point{#else}{points} points{/if}") String downPoints(long points);

    // Charts and their tables
    @Message("The figures of this chart, as a table") String chartAsTable();
    @Message("Signatures per day, all petitions") String signaturesChartAll();
    @Message("Signatures per day: {petition}") String signaturesChartOne(String petition);
    @Message("Signatures per day, {from} to {to}") String signaturesPerDay(String from, String to);
    @Message("RSVPs per week (still going, and on a waiting list), {from} to {to}") String rsvpsPerWeek(String from, String to);
    @Message("Letters per day, sent and failed, {from} to {to}") String lettersPerDay(String from, String to);
    @Message("Top hosts by places taken, events starting {from} to {to}") String topHostsCaption(String from, String to);
    @Message("Signatures by state (from the signer's ZIP code), all time") String signaturesByState();
    @Message("RSVPs by status") String rsvpsByStatus();
    @Message("Day") String day();
    @Message("Week") String week();
    @Message("Week of {day}") String weekOf(String day);
    @Message("All petitions") String allPetitions();
    @Message("Confirmed") String confirmed();
    @Message("Going") String going();
    @Message("Waiting list") String waitingList();
    @Message("Cancelled") String cancelled();
    @Message("Sent") String sent();
    @Message("Failed") String failed();
    @Message("Host") String host();
    @Message("Events") String events();
    @Message("Places taken") String placesTaken();
    @Message("Checked in") String checkedIn();
    @Message("State") String state();
    @Message("Unknown") String unknown();
    @Message("Status") String status();
    @Message("Places (with guests)") String placesWithGuests();
    /** A java.time pattern for the days under a chart's bars: month/day in English, day/month in Spanish. */
    @Message("M/d") String chartDayPattern();
    @Message("{series}: {total} in all.") String chartSummary(String series, String total);
    @Message("{series}: {total} in all; the most, {most}, on {day}.") String chartSummaryWithMost(String series, String total, String most, String day);

    // The rest of the overview
    @Message("Top hosts") String topHosts();
    @Message("Reports on one item") String reportsTitle();
    @Message("The 20 newest petitions, and the 20 latest events up to the end of the period.") String reportsLead();
    @Message("No petitions yet.") String noPetitions();
    @Message("No published events yet.") String noEvents();
    @Message("Letter campaigns have their results (by state and by legislator) on") String lettersResultsBefore();
    @Message("their own pages") String lettersResultsLink();
    @Message(".") String lettersResultsAfter();

    // Reports on one petition or event
    @Message("Report: {title}") String report(String title);
    @Message("By state") String byState();
    @Message("{day}, {start} to {end} ({zone})") String eventTimes(String day, String start, String end, String zone);
    @Message("Online") String online();
    @Message("{#if places == 1}1 place{#else}{places} places{/if}") String capacity(Integer places);
    @Message("Who is coming") String whoIsComing();
    @Message("Check-in") String checkIn();
    @Message("RSVPs, waiting list and check-ins") String rsvpsHeading();
}
