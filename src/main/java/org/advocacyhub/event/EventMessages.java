package org.advocacyhub.event;

import io.quarkus.qute.i18n.Message;
import io.quarkus.qute.i18n.MessageBundle;

/**
 * Every word of the events feature: its pages, forms, validation, e-mails and CSV. Templates write
 * {@code {events:findTitle}}; Java asks {@link org.advocacyhub.web.Language} for the bundle in the
 * reader's language, or {@link EventWords} for it with the locale its numbers and dates follow.
 * Spanish is in messages/events_es.properties. Numbers reach these messages already formatted
 * (String parameters) unless a message picks singular or plural by them.
 */
@MessageBundle(value = "events", locale = "en")
public interface EventMessages {

    // Kinds, statuses and access, by enum constant (see the enums' label methods)
    @Message("Awareness walk") String kind_AWARENESS_WALK();
    @Message("Information session") String kind_INFO_SESSION();
    @Message("Meeting with a legislator") String kind_LEGISLATOR_MEETING();
    @Message("Fundraiser") String kind_FUNDRAISER();
    @Message("Online event") String kind_ONLINE();
    @Message("Other") String kind_OTHER();
    @Message("Any kind") String anyKind();

    @Message("Draft") String status_DRAFT();
    @Message("Waiting for approval") String status_PENDING();
    @Message("Published") String status_PUBLISHED();
    @Message("Not approved") String status_REJECTED();
    @Message("Cancelled") String status_CANCELLED();

    @Message("Going") String rsvp_GOING();
    @Message("On the waiting list") String rsvp_WAITLISTED();
    @Message("Cancelled") String rsvp_CANCELLED();

    @Message("Accessible") String access_ACCESSIBLE();
    @Message("Not accessible") String access_NOT_ACCESSIBLE();
    @Message("Not sure") String access_UNSURE();
    @Message("This place is accessible") String accessSentence_ACCESSIBLE();
    @Message("This place is not accessible") String accessSentence_NOT_ACCESSIBLE();
    @Message("The host is not sure whether this place is accessible") String accessSentence_UNSURE();

    // Time zones, as people say them
    @Message("Eastern time") String zone_eastern();
    @Message("Central time") String zone_central();
    @Message("Mountain time") String zone_mountain();
    @Message("Mountain time, Arizona (no daylight saving)") String zone_arizona();
    @Message("Pacific time") String zone_pacific();
    @Message("Alaska time") String zone_alaska();
    @Message("Hawaii time") String zone_hawaii();
    @Message("Atlantic time (Puerto Rico, Virgin Islands)") String zone_atlantic();
    @Message("Chamorro time (Guam, Northern Mariana Islands)") String zone_chamorro();
    @Message("Samoa time") String zone_samoa();
    @Message("The time zone of the ZIP code") String zoneOfZip();

    // When and where, in one line
    @Message("{start} to {end} {zone}") String timeRange(String start, String end, String zone);
    @Message("{start} to {endDay} {end} {zone}") String timeRangeDays(String start, String endDay, String end, String zone);
    @Message("Online") String online();

    // Facts shown on lists, pages and e-mails
    @Message("When") String factWhen();
    @Message("Where") String factWhere();
    @Message("Kind") String factKind();
    @Message("Places") String factPlaces();
    @Message("Access") String factAccess();
    @Message("Host") String factHost();
    @Message("Guests") String factGuests();

    // Finding events
    @Message("Find an event") String findTitle();
    @Message("Your ZIP code") String searchZipLabel();
    @Message("5 digits, for example 05401") String searchZipHint();
    @Message("Within") String radiusLabel();
    @Message("{miles} miles") String radiusMiles(String miles);
    @Message("From") String fromLabel();
    @Message("First day") String fromHint();
    @Message("To") String toLabel();
    @Message("Last day") String toHint();
    @Message("Kind of event") String kindLabel();
    @Message("Online events only") String onlineOnlyLabel();
    @Message("You can join these from home. The ZIP code is not used.") String onlineOnlyHint();
    @Message("Search") String searchButton();
    @Message("Clear the search") String clearSearch();
    @Message("1 event found") String oneEventFound();
    @Message("{count} events found") String eventsFound(String count);
    @Message("Upcoming events") String upcomingEvents();
    @Message("No events match your search. Try a wider area or other dates.") String noMatch();
    @Message("There are no upcoming events yet.") String noUpcoming();
    @Message("Less than 1 mile away") String lessThanAMile();
    @Message("{miles} miles away") String milesAway(String miles);
    @Message("Open to all, no limit on places") String openToAll();
    @Message("Full: you can join the waiting list") String fullWaitlist();
    @Message("1 place left") String onePlaceLeft();
    @Message("{count} places left") String placesLeft(String count);
    @Message("Pages of results") String pagesOfResults();
    @Message("Previous page") String previousPage();
    @Message("Next page") String nextPage();
    @Message("Page {page}") String pageNumber(int page);
    @Message("Host an event") String hostAnEvent();

    // An event's page
    @Message("Status: {status}.") String statusIs(String status);
    @Message("Only you can see this draft. Submit it for approval when it is ready.") String draftNotice();
    @Message("A coordinator will review it soon. You will get an e-mail.") String pendingNotice();
    @Message("A coordinator did not approve it.") String rejectedNotice();
    @Message("A coordinator did not approve it: “{reason}”.") String rejectedNoticeWithReason(String reason);
    @Message("Edit it and it goes back for approval.") String rejectedAdvice();
    @Message("This event is cancelled.") String cancelledNotice();
    @Message("Online.") String onlineSentence();
    @Message("Join link") String joinLink();
    @Message("The link is in your confirmation e-mail.") String linkInEmail();
    @Message("No limit on places") String noLimit();
    @Message("{left} of {capacity} places left") String placesLeftOf(String left, String capacity);
    @Message("Add to your calendar") String addToCalendar();
    @Message("(a calendar file)") String calendarFile();
    @Message("About this event") String aboutHeading();
    @Message("Accessibility") String accessibilityHeading();
    @Message("The host has not added notes about access. You can ask them by replying to your confirmation e-mail.")
    String noAccessNotes();
    @Message("Your answer") String yourAnswer();
    @Message("You are going") String answerGoing();
    @Message("You are on the waiting list") String answerWaitlisted();
    @Message("{#if count == 1}with 1 guest{#else}with {count} guests{/if}") String withGuests(int count);
    @Message("I can no longer come") String cannotCome();
    @Message("Change your answer") String changeAnswer();
    @Message("Say you are coming") String sayComing();
    @Message("No account needed. We only use your details for this event, unless you tick the box below.") String detailsUse();
    @Message("No account needed. We only use your details for this event.") String detailsUseSignedIn();
    @Message("First name") String firstNameLabel();
    @Message("Last name (optional)") String lastNameLabel();
    @Message("E-mail address") String emailLabel();
    @Message("We send the details, a calendar file and a link to cancel") String emailHint();
    @Message("ZIP code (optional)") String rsvpZipLabel();
    @Message("How many people are you bringing?") String guestsLabel();
    @Message("Update my answer") String updateAnswer();
    @Message("I am coming") String iAmComing();
    @Message("This event has ended.") String eventEnded();
    @Message("Host tools") String hostTools();
    @Message("Who is coming") String whoIsComing();
    @Message("{#if count == 1}1 place taken{#else}{count} places taken{/if}") String placesTaken(long count);
    @Message("Check people in at the door") String checkInAtDoor();
    @Message("Edit the event") String editEvent();
    @Message("Cancel the event") String cancelEvent();
    @Message("Everyone who said they are coming gets an e-mail.") String cancelEventHint();

    // Who is coming, and check-in
    @Message("Who is coming: {title}") String attendeesTitle(String title);
    @Message("Back to the event") String backToEvent();
    @Message("{#if count == 1}1 place taken{#else}{count} places taken{/if} of {capacity}.") String placesTakenOf(long count, String capacity);
    @Message("{#if count == 1}1 place taken{#else}{count} places taken{/if}.") String placesTakenSentence(long count);
    @Message("Download the list (CSV)") String downloadList();
    @Message("Check people in") String checkPeopleIn();
    @Message("Nobody has said they are coming yet.") String nobodyYet();
    @Message("People who said they are coming, then the waiting list") String attendeesCaption();
    @Message("Name") String colName();
    @Message("E-mail") String colEmail();
    @Message("Status") String colStatus();
    @Message("Checked in") String colCheckedIn();
    @Message("Yes") String yes();
    @Message("No") String no();
    @Message("Check-in: {title}") String checkInTitle(String title);
    @Message("Check-in") String checkInHeading();
    @Message("Back to the list") String backToList();
    @Message("{title}. Tap a name when the person arrives.") String checkInIntro(String title);
    @Message("of {total} checked in") String ofCheckedIn(String total);
    @Message("Checked in ✓") String checkedInState();
    @Message("(press to undo)") String pressToUndo();
    @Message("Check in") String checkInButton();

    // The attendee list as a spreadsheet (CSV): headings and values
    @Message("First name") String csvFirstName();
    @Message("Last name") String csvLastName();
    @Message("E-mail") String csvEmail();
    @Message("ZIP") String csvZip();
    @Message("Status") String csvStatus();
    @Message("Guests") String csvGuests();
    @Message("Places") String csvPlaces();
    @Message("Checked in") String csvCheckedIn();
    @Message("E-mail updates") String csvEmailUpdates();
    @Message("Answered") String csvAnswered();
    @Message("yes") String csvYes();
    @Message("no") String csvNo();

    // The host's form
    @Message("Host an event") String newEventTitle();
    @Message("Edit your event") String editEventTitle();
    @Message("Tell people what will happen, when and where. A coordinator checks every new event before it is published; you will get an e-mail.")
    String newEventIntro();
    @Message("What") String sectionWhat();
    @Message("Title") String titleLabel();
    @Message("Up to 120 characters, for example: MS Awareness Walk in Burlington") String titleHint();
    @Message("Description") String descriptionLabel();
    @Message("What will happen, who it is for, what to bring. Up to 5,000 characters.") String descriptionHint();
    @Message("When") String sectionWhen();
    @Message("Date") String startDateLabel();
    @Message("Start time") String startTimeLabel();
    @Message("End date (optional)") String endDateLabel();
    @Message("Leave empty if it ends the same day") String endDateHint();
    @Message("End time") String endTimeLabel();
    @Message("Time zone") String timeZoneLabel();
    @Message("The times above are in this zone. We use the ZIP code's if you do not choose.") String timeZoneHint();
    @Message("Where") String sectionWhere();
    @Message("This is an online event") String onlineLabel();
    @Message("Then only the link is needed, not an address.") String onlineHint();
    @Message("Link to join (online events)") String onlineUrlLabel();
    @Message("Only people who say they are coming see it") String onlineUrlHint();
    @Message("Name of the place (optional)") String venueLabel();
    @Message("For example: Fletcher Free Library, Community Room") String venueHint();
    @Message("Street address") String streetLabel();
    @Message("Town or city") String cityLabel();
    @Message("State (optional)") String stateLabel();
    @Message("2 letters, like VT. Leave empty to take it from the ZIP code.") String stateHint();
    @Message("ZIP code") String zipLabel();
    @Message("Used to find the event by distance. For online events, optional.") String zipHint();
    @Message("Places and access") String sectionPlaces();
    @Message("Number of places (optional)") String capacityLabel();
    @Message("Leave empty for no limit. When it is full, people can join a waiting list.") String capacityHint();
    @Message("Is the place accessible?") String accessibilityLegend();
    @Message("Step-free entrance, accessible toilets, space for a wheelchair.") String accessibilityHint();
    @Message("Access notes (optional)") String notesLabel();
    @Message("Step-free access, seating, rest breaks, captioning, parking, the nearest accessible toilet. Up to 1,000 characters.")
    String notesHint();
    @Message("Submit for approval") String submitForApproval();
    @Message("Save as a draft") String saveDraft();
    @Message("Save changes") String saveChanges();

    // The coordinators' approval queue
    @Message("Events waiting for approval") String queueTitle();
    @Message("Coordinator overview") String coordinatorOverview();
    @Message("No events are waiting. Well done.") String queueEmpty();
    @Message("Approve and publish") String approve();
    @Message("Reason for not approving") String reasonLabel();
    @Message("The host gets this by e-mail, so they can fix it.") String reasonHint();
    @Message("Do not approve") String reject();

    // Cancelling a place from the e-mail's link
    @Message("Cancel your place") String cancelPlaceTitle();
    @Message("Cancel your place?") String cancelPlaceHeading();
    @Message("You have already cancelled your place at") String alreadyCancelledAt();
    @Message("Nothing more to do.") String nothingMore();
    @Message("You said you are coming to") String youSaidComing();
    @Message("on {when}.") String onWhen(String when);
    @Message("If you cannot come, cancel and your place goes to the next person on the waiting list.") String cancelExplain();
    @Message("Yes, cancel my place") String yesCancel();
    @Message("No, keep my place") String noKeep();

    // Validation: the host's form
    @Message("Enter a title") String titleRequired();
    @Message("Choose what kind of event it is") String kindRequired();
    @Message("Describe the event: what will happen and who it is for") String descriptionRequired();
    @Message("Enter the link people use to join, starting with https://") String onlineUrlRequired();
    @Message("Enter a link that starts with https:// or http://, like https://meet.example.org/ms-walk") String onlineUrlInvalid();
    @Message("Enter a ZIP code of 5 digits, or leave it empty") String zipOnlineInvalid();
    @Message("Enter the ZIP code of the place, 5 digits, like 05401") String zipPlaceInvalid();
    @Message("We do not know the ZIP code {zip}. Check it, or make it an online event.") String zipUnknownForEvent(String zip);
    @Message("Enter the street address, like 235 College Street") String streetRequired();
    @Message("Enter the town or city") String cityRequired();
    @Message("Enter the state as 2 letters, like VT, or leave it empty to take it from the ZIP code") String stateInvalid();
    @Message("Choose a time zone from the list") String timeZoneInvalid();
    @Message("Choose the time zone the times are in") String timeZoneRequired();
    @Message("Enter the date the event starts") String startDateRequired();
    @Message("Enter the time the event starts") String startTimeRequired();
    @Message("Enter the date the event ends, or leave it empty for the same day") String endDateInvalid();
    @Message("Enter the time the event ends") String endTimeRequired();
    @Message("The event must start in the future") String startInFuture();
    @Message("The event must end after it starts") String endAfterStart();
    @Message("Enter a number of places from 1 to 100,000, or leave it empty for no limit") String capacityRange();
    @Message("Enter the number of places as a whole number, like 40, or leave it empty for no limit") String capacityNumber();
    @Message("Say whether the place is accessible, or that you are not sure") String accessibilityRequired();
    @Message("{label} must be {max} characters or fewer; it has {length}") String tooLong(String label, String max, String length);
    @Message("Title") String lengthTitle();
    @Message("Description") String lengthDescription();
    @Message("The name of the place") String lengthVenue();
    @Message("Street address") String lengthStreet();
    @Message("Town or city") String lengthCity();
    @Message("Accessibility notes") String lengthNotes();
    @Message("First name") String lengthFirstName();
    @Message("Last name") String lengthLastName();
    @Message("The reason") String lengthReason();

    // Validation: answering, searching, reviewing
    @Message("Enter your first name") String firstNameRequired();
    @Message("Enter your e-mail address, so we can send you the details") String emailRequired();
    @Message("Enter an e-mail address in the right format, like name@example.com") String emailInvalid();
    @Message("Enter a ZIP code of 5 digits, like 05401, or leave it empty") String rsvpZipInvalid();
    @Message("Enter a number of guests from 0 to 10") String guestsRange();
    @Message("Enter the number of guests as a number from 0 to 10") String guestsNumber();
    @Message("{#if max == 0}This event takes no guests: enter 0{#else if max == 1}This event allows 1 guest per answer: enter 0 or 1{#else}This event allows up to {max} guests per answer: enter a number from 0 to {max}{/if}")
    String guestsOverCap(int max);
    @Message("{#if max == 0}Not counting you. This event takes no guests, so enter 0.{#else}Not counting you. 0 if you are coming alone; at most {max}.{/if}")
    String guestsHintMax(int max);
    @Message("Guests allowed per answer") String maxGuestsLabel();
    @Message("How many guests one person may bring, from 0 to 10.") String maxGuestsHint();
    @Message("Enter a number of guests per answer from 0 to 10") String maxGuestsRange();
    @Message("That was quicker than we expected. Please check your details and press the button again.") String rsvpTooFast();
    @Message("Leave this empty") String honeypot();
    @Message("Something about the form looked automatic to us, so we did not take your answer. Nothing was saved. If you are a person, please reload the page and answer again.")
    String rsvpRobot();
    @Message("We have had many answers from your connection or for this e-mail address in the last few minutes. Please try again later.")
    String rsvpTooMany();
    @Message("This event is no longer taking RSVPs") String noLongerTakingRsvps();
    @Message("{#if free == 1}Only 1 place is left, so you cannot bring guests{#else}Only {free} places are left, so you can bring up to {guests} {#if guests == 1}guest{#else}guests{/if}{/if}")
    String partyTooBig(long free, long guests);
    @Message("Enter a ZIP code of 5 digits, like 05401") String searchZipInvalid();
    @Message("We do not know the ZIP code {zip}. Check it, or try a ZIP code nearby.") String zipUnknownForSearch(String zip);
    @Message("We cannot measure distances from ZIP code {zip} yet. Leave it empty to see every event, or try a ZIP code nearby.")
    String zipNoDistance(String zip);
    @Message("The last date must be the same as or after the first date") String datesBackwards();
    @Message("Enter a date like 2027-03-14") String dateFormat();
    @Message("Give the host a reason, so they can fix the event") String reasonRequired();

    // E-mails
    @Message("You are going: {title}") String subjectGoing(String title);
    @Message("You are on the waiting list: {title}") String subjectWaitlisted(String title);
    @Message("A place came up: you are going to {title}") String subjectPromoted(String title);
    @Message("Cancelled: {title}") String subjectCancelled(String title);
    @Message("Your event is approved: {title}") String subjectApproved(String title);
    @Message("Your event was not approved: {title}") String subjectRejected(String title);
    @Message("Hello {name},") String mailHello(String name);
    @Message("You are going to {title}.") String mailGoing(String title);
    @Message("{title} is full, so you are on the waiting list. If a place comes up, we will give it to you and e-mail you straight away.")
    String mailWaitlisted(String title);
    @Message("Online. Join here:") String mailOnlineJoin();
    @Message("The event page:") String mailEventPage();
    @Message("The calendar file attached adds it to your calendar.") String mailCalendarAttached();
    @Message("Cannot come after all? Cancel here, and your place goes to someone else:") String mailCancelHere();
    @Message("To ask the host something, reply to this e-mail.") String mailAskHost();
    @Message("Good news: a place came up at {title}, and it is yours. You are going.") String mailPromoted(String title);
    @Message("If you cannot come now, please cancel so the next person can have the place:") String mailPromotedCancel();
    @Message("If you cannot come, please cancel so someone else can have your place:") String mailReminderCancel();
    @Message("We are sorry: {title}, on {day}, is cancelled. You do not need to do anything.") String mailCancelled(String title, String day);
    @Message("You can find other events near you at the same site.") String mailOtherEvents();
    @Message("Your event \"{title}\" is approved and published. People can now find it and say they are coming.")
    String mailApproved(String title);
    @Message("See it here:") String mailSeeIt();
    @Message("A coordinator did not approve your event \"{title}\".") String mailRejected(String title);
    @Message("The reason:") String mailReason();
    @Message("You can edit the event and it goes back for approval:") String mailEditAndResubmit();
    @Message("Thank you for hosting.") String mailThanksHosting();
}
