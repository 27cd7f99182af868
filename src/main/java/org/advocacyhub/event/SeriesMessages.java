package org.advocacyhub.event;

import io.quarkus.qute.i18n.Message;
import io.quarkus.qute.i18n.MessageBundle;

/**
 * The words of repeat events, the coordinators' list of all events and their daily digest (issue 14,
 * points 2, 7 and 10). Its own bundle: {@link EventMessages} is near the size that breaks Quarkus 3.33
 * (see {@link EventReviewMessages}). Spanish in messages/evseries_es.properties.
 */
@MessageBundle(value = "evseries", locale = "en")
public interface SeriesMessages {

    // A series
    @Message("Host a repeating event") String newSeriesTitle();
    @Message("For a meeting that happens again and again, like a monthly support group. Fill in the first one and how often it repeats. Each date gets its own page, and people answer for each date. A coordinator reviews them all at once.") String newSeriesIntro();
    @Message("Host a single event instead") String oneEventInstead();
    @Message("Does your event repeat? Host a repeating event") String repeatingLink();
    @Message("The first one") String sectionFirst();
    @Message("Date of the first one") String firstDateLabel();
    @Message("How it repeats") String sectionRepeat();
    @Message("How often") String repeatLegend();
    @Message("Each date keeps the same time of day.") String repeatHint();
    @Message("Every week") String repeat_WEEKLY();
    @Message("Every two weeks") String repeat_BIWEEKLY();
    @Message("Every month on the same weekday (for example, the 2nd Tuesday)") String repeat_MONTHLY_WEEKDAY();
    @Message("How many times, the first one included") String countLabel();
    @Message("From 2 to 26") String countHint();
    @Message("Places at each date") String capacityHint();
    @Message("Send all dates for approval") String submitSeries();
    @Message("Choose how often it repeats") String repeatRequired();
    @Message("Enter a number from 2 to {max}") String countRange(int max);
    @Message("All dates of this event") String seriesDates();

    // Changing one of a series
    @Message("Which dates should change?") String scopeLegend();
    @Message("This event is one of a series.") String scopeHint();
    @Message("Only this date") String scopeThis();
    @Message("This date and all later ones") String scopeFuture();

    // Duplicate
    @Message("Copy this event to a new date") String duplicateTitle();
    @Message("Copy to a new date") String duplicateLink();
    @Message("Back to {title}") String backToEvent(String title);
    @Message("The copy has everything “{title}” has: title, description, place, places and access notes. Choose its day.") String duplicateIntro(String title);
    @Message("New date") String copyDateLabel();
    @Message("The time zone of the event. The copy lasts as long as this one.") String copyTimeHint();
    @Message("The copy goes to a coordinator for approval, like any new event. You can change it while it waits.") String copyReview();
    @Message("Make the copy") String duplicateButton();
    @Message("Enter the new date") String copyDateRequired();
    @Message("Enter the start time, for example 18:30") String copyTimeRequired();
    @Message("The new date must be in the future") String copyInFuture();

    // The approval queue
    @Message("A series of {count} dates") String queueSeries(int count);
    @Message("Dates") String queueDates();
    @Message("Approve all {count} dates") String approveSeries(int count);
    @Message("Do not approve any of the dates") String rejectSeries();
    @Message("Online link") String queueLink();
    @Message("Access notes") String queueAccessNotes();
    @Message("None given") String noneGiven();
    @Message("No limit") String noLimit();
    @Message("Approved and published: “{title}”. The host will get an e-mail.") String approvedNamed(String title);
    @Message("Approved and published: “{title}”, all {count} dates. The host will get an e-mail.") String approvedSeriesNamed(String title, int count);
    @Message("See the event") String seeEvent();

    // The coordinators' list of all events
    @Message("All events") String listTitle();
    @Message("Every event, whatever its status. Filter the list, then download the same list as a spreadsheet.") String listIntro();
    @Message("Filter the events") String filterHeading();
    @Message("Status") String statusLabel();
    @Message("Any status") String anyStatus();
    @Message("Starting from") String fromLabel();
    @Message("Starting until") String toLabel();
    @Message("State") String stateLabel();
    @Message("Two letters, for example VT") String stateHint();
    @Message("Host") String hostLabel();
    @Message("Part of the name or e-mail") String hostHint();
    @Message("Online or in person") String onlineLabel();
    @Message("Both") String onlineAny();
    @Message("Online only") String onlineYes();
    @Message("In person only") String onlineNo();
    @Message("Order") String sortLabel();
    @Message("Soonest first") String sortAsc();
    @Message("Latest first") String sortDesc();
    @Message("Show") String filterButton();
    @Message("Clear the filter") String clearFilter();
    @Message("1 event") String oneEvent();
    @Message("{count} events") String eventsCount(String count);
    @Message("No event matches this filter.") String noEvents();
    @Message("Events, {from} to {to} of {total}") String tableCaption(String from, String to, String total);
    @Message("Event") String colEvent();
    @Message("Starts") String colStarts();
    @Message("Where") String colWhere();
    @Message("Kind") String colKind();
    @Message("Status") String colStatus();
    @Message("Host") String colHost();
    @Message("Going") String colGoing();
    @Message("Download this list (CSV)") String downloadCsv();
    @Message("Enter a date like 2027-03-13") String dateInvalid();
    @Message("Enter two letters, for example VT") String stateInvalid();
    @Message("All events") String allEventsLink();
    @Message("Title") String csvTitle();
    @Message("Starts") String csvStarts();
    @Message("Ends") String csvEnds();
    @Message("Time zone") String csvZone();
    @Message("Online") String csvOnline();
    @Message("City") String csvCity();
    @Message("State") String csvState();
    @Message("ZIP code") String csvZip();
    @Message("Kind") String csvKind();
    @Message("Status") String csvStatus();
    @Message("Host") String csvHost();
    @Message("Host e-mail") String csvHostEmail();
    @Message("Places") String csvCapacity();
    @Message("Going") String csvGoing();
    @Message("Page") String csvPage();
    @Message("Yes") String yes();
    @Message("No") String no();

    // The daily digest
    @Message("Daily e-mail of events to approve") String digestTitle();
    @Message("Once a day, an e-mail lists the events waiting for your approval. No e-mail on days when nothing waits.") String digestIntro();
    @Message("Send me the daily e-mail") String digestLabel();
    @Message("It goes to {email}.") String digestTo(String email);
    @Message("Your account has no e-mail address, so we cannot send it.") String digestNoEmail();
    @Message("Save") String digestSave();
    @Message("Saved. You will get the daily e-mail.") String digestOn();
    @Message("Saved. You will not get the daily e-mail.") String digestOff();
    @Message("Events waiting for approval: {count}") String digestSubject(int count);
    @Message("{#if count == 1}1 change to a published event is waiting too{#else}{count} changes to published events are waiting too{/if}") String digestChanges(int count);
    @Message("These events are waiting for your approval:") String digestIntroMail();
    @Message("Review them here:") String digestReview();
    @Message("You get this e-mail because you chose it. To stop it, change your choice here:") String digestWhy();
}
