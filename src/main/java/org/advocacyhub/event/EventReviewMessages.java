package org.advocacyhub.event;

import io.quarkus.qute.i18n.Message;
import io.quarkus.qute.i18n.MessageBundle;

/**
 * The words of reviewing changes to a published event ({@link EventRevision}): the coordinators' side-by-side
 * queue, the host's notices, the attendees' and the host's e-mails. Templates write {@code {eventReview:changesHeading}};
 * Spanish is in messages/eventReview_es.properties.
 *
 * Its own bundle, not more of {@link EventMessages}: Quarkus 3.33 generates broken bytecode (a VerifyError
 * at start) for a bundle of more than 300 messages (quarkusio/quarkus#55584, fixed by #55653 in a later
 * release), and EventMessages is close to that.
 */
@MessageBundle(value = "eventReview", locale = "en")
public interface EventReviewMessages {

    @Message("New events") String queueNewHeading();
    @Message("Changes to published events") String changesHeading();
    @Message("The published version stays public until you approve a change. Approving a change of time, place or link e-mails everyone going or on the waiting list what changed.") String changesIntro();
    @Message("Sent") String changeSent();
    @Message("What the host changed: published now and proposed") String changesCaption();
    @Message("Field") String changeField();
    @Message("Published now") String changeBefore();
    @Message("Proposed") String changeAfter();
    @Message("(people coming get an e-mail)") String changeMailed();
    @Message("Approving this e-mails everyone going or on the waiting list what changed.") String changesMailAttendees();
    @Message("Approve and publish the changes") String approveChanges();
    @Message("Do not approve the changes") String rejectChanges();
    @Message("The host gets this by e-mail. The event stays as it is published now.") String changesReasonHint();
    @Message("(none)") String changeNone();
    @Message("Changes are waiting for review.") String changesWaitingTitle();
    @Message("The form below shows your changes. The event page, search and calendar file show the published version until a coordinator approves them. Saving again replaces the changes that are waiting.") String changesWaitingHost();
    @Message("The host has sent changes; this form shows the published version.") String changesWaitingOther();
    @Message("Review them in the approval queue") String changesWaitingQueueLink();
    @Message("This page shows the published version until a coordinator approves them.") String changesWaitingPage();
    @Message("See or change what is waiting") String changesWaitingSee();
    @Message("This event is published. Changes to what people read go to a coordinator first, and the published version stays up until they approve them. A new number of places applies at once.") String editApprovedHost();
    @Message("This event is published. As a coordinator, your changes go live at once. If the time, place or link changes, everyone going or on the waiting list gets an e-mail.") String editApprovedCoordinator();
    @Message("Send changes for review") String sendChangesForReview();
    @Message("Changed: {title}") String subjectChanged(String title);
    @Message("\"{title}\" has changed. Here is what changed:") String mailChangedIntro(String title);
    @Message("Was:") String mailChangedWas();
    @Message("Now:") String mailChangedNow();
    @Message("Your place is kept. The attached calendar file has the new details.") String mailChangedGoing();
    @Message("You are still on the waiting list. The attached calendar file has the new details.") String mailChangedWaitlisted();
    @Message("Your changes are published: {title}") String subjectChangesApproved(String title);
    @Message("Your changes were not approved: {title}") String subjectChangesRejected(String title);
    @Message("A coordinator approved your changes to \"{title}\". The event page shows them now.") String mailChangesApproved(String title);
    @Message("A coordinator did not approve your changes to \"{title}\". The event stays as it was published.") String mailChangesRejected(String title);
    @Message("You can edit the event again and send new changes for review:") String mailChangesEditAgain();
}
