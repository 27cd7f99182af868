package org.advocacyhub.supporter;

import io.quarkus.qute.i18n.Message;
import io.quarkus.qute.i18n.MessageBundle;

/** The words of the coordinators' people pages (search, a person, tags, segments); Spanish in messages/people_es.properties. */
@MessageBundle(value = "people", locale = "en")
public interface SupportersMessages {

    @Message("Coordinator overview") String coordinatorOverview();
    @Message("Find supporters") String searchTitle();
    @Message("Find the people who signed, came or wrote. Every filter you fill in must match.") String searchLead();
    @Message("Part of a name or e-mail address") String qLabel();
    @Message("For example: ann, lee or @example.org") String qHint();
    @Message("ZIP code") String zipLabel();
    @Message("Distance from the ZIP code") String radiusLabel();
    @Message("That ZIP code only") String radiusExact();
    @Message("Within {miles} miles") String radiusMiles(int miles);
    @Message("State") String stateLabel();
    @Message("Reads") String languageLabel();
    @Message("Gets news e-mails") String subscribedLabel();
    @Message("Yes, agreed and still subscribed") String subscribedYes();
    @Message("No") String subscribedNo();
    @Message("Tag") String tagLabel();
    @Message("What they did") String didLegend();
    @Message("Signed the petition") String petitionLabel();
    @Message("Said they would come to the event") String eventLabel();
    @Message("Only people checked in at that event") String attendedLabel();
    @Message("Wrote a letter in the campaign") String campaignLabel();
    @Message("From (date)") String fromLabel();
    @Message("To (date)") String toLabel();
    @Message("The dates apply to what they did. With no petition, event or campaign chosen: anything they did between those dates.")
    String datesHint();
    @Message("Order") String sortLabel();
    @Message("Newest first") String sortNewest();
    @Message("Oldest first") String sortOldest();
    @Message("By last name") String sortName();
    @Message("By e-mail address") String sortEmail();
    @Message("Search") String searchButton();
    @Message("Clear the search") String clearSearch();
    @Message("Any") String any();
    @Message("English") String english();
    @Message("Spanish") String spanish();
    @Message("Yes") String yes();
    @Message("No") String no();
    @Message("None") String none();
    @Message("{#if n == 1}1 person found{#else}{count} people found{/if}") String found(long n, String count);
    @Message("More than {count} people found") String foundMore(String count);
    @Message("Nobody matches. Try fewer filters.") String nobody();
    @Message("Name") String colName();
    @Message("E-mail") String colEmail();
    @Message("ZIP code") String colZip();
    @Message("Reads") String colLanguage();
    @Message("News e-mails") String colNews();
    @Message("Joined") String colJoined();
    @Message("(no name given)") String noName();
    @Message("Pages of people") String pages();
    @Message("Previous page") String previousPage();
    @Message("Next page") String nextPage();
    @Message("Page {n}") String pageNumber(int n);

    @Message("Tag everyone found") String bulkHeading();
    @Message("Add a tag to every person this search finds, or take it off them. You will see how many people first.")
    String bulkLead();
    @Message("Tag") String tagNameLabel();
    @Message("A short name, like “Burlington chapter”. A new name makes a new tag.") String tagNameHint();
    @Message("Add this tag") String modeAdd();
    @Message("Remove this tag") String modeRemove();
    @Message("Continue") String bulkButton();
    @Message("Check before you tag") String bulkTitle();
    @Message("This adds the tag “{tag}” to {#if n == 1}1 person{#else}{count} people{/if}. Nothing has changed yet.")
    String bulkAddLead(long n, String count, String tag);
    @Message("This removes the tag “{tag}” from {#if n == 1}1 person{#else}{count} people{/if}. Nothing has changed yet.")
    String bulkRemoveLead(long n, String count, String tag);
    @Message("Tag {#if n == 1}1 person{#else}{count} people{/if}") String bulkAddButton(long n, String count);
    @Message("Untag {#if n == 1}1 person{#else}{count} people{/if}") String bulkRemoveButton(long n, String count);
    @Message("Go back without changing anything") String bulkCancel();

    @Message("Save this search as a segment") String saveHeading();
    @Message("A segment is a saved search: news e-mails can go to it, and you can download it. It always holds whoever matches today.")
    String saveLead();
    @Message("Name of the segment") String segmentNameLabel();
    @Message("Save the segment") String saveButton();
    @Message("Segments") String segmentsHeading();
    @Message("No segments yet.") String noSegments();
    @Message("Download “{name}” (CSV)") String exportSegment(String name);
    @Message("Delete “{name}”") String deleteSegment(String name);
    @Message("To send news to a segment, write it on the") String segmentsNews();
    @Message("news e-mails page") String newsLink();
    @Message("Audit trail: who downloaded or changed people’s data") String auditLink();

    @Message("Back to finding supporters") String backToSearch();
    @Message("Erased person") String erasedPerson();
    @Message("This person was erased: their name, address and words are gone. What they did still counts in the totals.")
    String erasedLead();
    @Message("Tags") String tagsHeading();
    @Message("Everything, oldest first") String timelineHeading();
    @Message("When") String colWhen();
    @Message("What") String colWhat();
    @Message("Words") String colWords();
    @Message("Remove the tag “{name}”") String removeTag(String name);
    @Message("Add the tag") String addTag();
    @Message("Add a note") String noteHeading();
    @Message("Note") String noteLabel();
    @Message("Only coordinators see notes. The person can ask for them, and they go when the person is erased.") String noteHint();
    @Message("Save the note") String addNote();
    @Message("Correct their details") String correctHeading();
    @Message("When someone tells you their name or ZIP code is wrong. Everything else they change themselves on “Your data”.")
    String correctLead();
    @Message("First name") String firstNameLabel();
    @Message("Last name") String lastNameLabel();
    @Message("Save the correction") String correctButton();
    @Message("Erase this person") String eraseHeading();
    @Message("The same as when people erase themselves: their name, e-mail address, ZIP code, comments, letters’ text, notes and tags go. Counts stay. This cannot be undone.")
    String eraseLead();
    @Message("Yes, erase this person for good") String eraseConfirm();
    @Message("Erase") String eraseButton();

    @Message("{#when what}{#is 'corrected'}The details are corrected.{#is 'erased'}The person is erased.{#is 'tagged'}The tag is added."
            + "{#is 'untagged'}The tag is removed.{#is 'noted'}The note is saved.{#is 'saved'}The segment is saved."
            + "{#is 'bulk-tagged'}The tag is added to everyone found.{#is 'bulk-untagged'}The tag is removed from everyone found.{#is 'segment-deleted'}The segment is deleted."
            + "{#else}Done.{/when}")
    String done(String what);

    @Message("Joined") String tlJoined();
    @Message("Signed “{title}”") String tlSigned(String title);
    @Message("Confirmed their signature on “{title}”") String tlConfirmed(String title);
    @Message("Said they would come to “{title}”{#if guests > 0} with {guests} {#if guests == 1}guest{#else}guests{/if}{/if}")
    String tlRsvp(String title, int guests);
    @Message("On the waiting list for “{title}”") String tlWaitlisted(String title);
    @Message("Cancelled for “{title}”") String tlRsvpCancelled(String title);
    @Message("Checked in at “{title}”") String tlCheckedIn(String title);
    @Message("Wrote in “{title}” to {legislator} ({#when status}{#is 'QUEUED'}waiting to go{#is 'SENT'}sent{#is 'FAILED'}could not be sent{#else}{status}{/when})")
    String tlLetter(String title, String legislator, String status);
    @Message("E-mail “{subject}” ({#when status}{#is 'QUEUED'}waiting to go{#is 'SENT'}sent{#is 'DEAD'}could not be sent{#is 'CANCELLED'}not sent{#else}{status}{/when})")
    String tlMail(String subject, String status);
    @Message("Agreed to news e-mails ({source})") String tlConsentGiven(String source);
    @Message("Stopped news e-mails ({source})") String tlConsentWithdrawn(String source);
    @Message("Tagged “{tag}” by {by}") String tlTagged(String tag, String by);
    @Message("Note by {by}") String tlNote(String by);
    @Message("Erased") String tlErased();

    @Message("Enter {max} characters or fewer (you have {count})") String tooLong(int max, int count);
    @Message("Enter {max} characters or fewer") String searchTooLong(int max);
    @Message("Enter a ZIP code of 5 digits") String zipInvalid();
    @Message("Choose one of the distances listed") String radiusInvalid();
    @Message("We have no location for ZIP code {zip}, so we cannot measure distances from it. Choose “That ZIP code only” or another ZIP code.")
    String zipNoDistance(String zip);
    @Message("Enter a state as 2 letters, like VT") String stateInvalid();
    @Message("Choose one of the options listed") String choiceInvalid();
    @Message("Enter a date like 2026-03-14") String dateFormat();
    @Message("The end date is before the start date") String datesBackwards();
    @Message("Enter a tag") String tagRequired();
    @Message("There is no tag called “{name}”") String tagUnknown(String name);
    @Message("Enter a name for the segment") String segmentNameRequired();
    @Message("There is already a segment called “{name}”. Choose another name.") String segmentNameTaken(String name);
    @Message("Write the note") String noteRequired();
    @Message("Tick the box to say you are sure") String eraseConfirmRequired();

    @Message("Segment “{name}” (who matches it and agreed to news)") String newsSegment(String name);
    @Message("Segment “{name}”") String newsSegmentPast(String name);
    @Message("Choose one of the segments listed") String newsSegmentInvalid();
}
