package org.advocacyhub.event;

import io.quarkus.qute.i18n.Message;
import io.quarkus.qute.i18n.MessageBundle;

/**
 * The words of running an event's programme: messages to attendees, reminders and follow-ups, the door
 * (walk-ins), a host's hand on single answers, and a person's own answer on the event page. Templates write
 * {@code {attend:messagesHeading}}; Spanish is in messages/attend_es.properties. Its own bundle: EventMessages
 * is near the size at which Quarkus 3.33 fails to start (see {@link EventReviewMessages}).
 */
@MessageBundle(value = "attend", locale = "en")
public interface AttendeeMessages {

    // Writing to attendees
    @Message("Write to the people coming") String writeToAttendees();
    @Message("Messages to the people coming to {title}") String messagesTitle(String title);
    @Message("Write to the people coming") String messagesHeading();
    @Message("For news about this event only, like a new room or parking: no appeals or other causes. It goes by e-mail, also to people who turned off news, because they asked to come.") String messagesIntro();
    @Message("{#if left == 1}You can send 1 more message today{#else}You can send {left} more messages today{/if} (at most {perDay} a day for each event).") String leftToday(long left, int perDay);
    @Message("You have sent today's {perDay} messages for this event. You can send more tomorrow.") String noneLeftToday(int perDay);
    @Message("Who gets it?") String audienceLegend();
    @Message("People going ({count})") String audienceGoing(int count);
    @Message("People on the waiting list ({count})") String audienceWaitlisted(int count);
    @Message("People checked in at the event ({count})") String audienceCheckedIn(int count);
    @Message("Everyone going or waiting ({count})") String audienceAll(int count);
    @Message("Choose who gets the message") String audienceRequired();
    @Message("Subject") String subjectLabel();
    @Message("A few words, like \"Parking has moved\"") String subjectHint();
    @Message("Enter a subject") String subjectRequired();
    @Message("The subject must be {max} characters or fewer; it has {length}") String subjectTooLong(int max, int length);
    @Message("Message") String bodyLabel();
    @Message("Your words go out as you write them. We add a greeting, the event's date and page, and a cancel link, in each person's language.") String bodyHint();
    @Message("Enter the message") String bodyRequired();
    @Message("The message must be {max} characters or fewer; it has {length}") String bodyTooLong(int max, int length);
    @Message("Let people reply to me at {address}") String showAddressLabel(String address);
    @Message("If you leave this unticked, your address stays private and replies reach nobody.") String showAddressHint();
    @Message("Your account has no e-mail address, so replies cannot reach you") String noAddressToShow();
    @Message("Your account has no e-mail address: replies to this message will reach nobody.") String noAddressHint();
    @Message("Preview the message") String previewButton();
    @Message("Nobody in that group can get e-mail now. Choose another group.") String nobodyToSend();
    @Message("You have sent {perDay} messages for this event in the last 24 hours. Please wait before sending another.") String limitReached(int perDay);
    @Message("{#if count == 1}Your message is on its way to 1 person.{#else}Your message is on its way to {count} people.{/if}") String sentNotice(int count);
    @Message("Messages sent") String sentHeading();
    @Message("No messages sent yet.") String noneSent();
    @Message("Sent on {day} at {time} by {name}.") String sentLine(String day, String time, String name);
    @Message("To people going") String toGoing();
    @Message("To people on the waiting list") String toWaitlisted();
    @Message("To people checked in") String toCheckedIn();
    @Message("To everyone going or waiting") String toAll();
    @Message("Replies went to {address}.") String repliesTo(String address);
    @Message("{#if count == 1}1 person{#else}{count} people{/if}") String peopleCount(int count);

    // The preview
    @Message("Check your message: {title}") String previewTitle(String title);
    @Message("Check your message") String previewHeading();
    @Message("Back to messages") String backToMessages();
    @Message("To") String factTo();
    @Message("Subject") String factSubject();
    @Message("Replies") String factReplies();
    @Message("Go to {address}") String repliesReach(String address);
    @Message("Reach nobody: your address stays private") String repliesReachNobody();
    @Message("As it will arrive") String asItArrives();
    @Message("Each person gets it in their own language: the greeting and the lines around your words change, your words stay as you wrote them.") String languageNote();
    @Message("{#if count == 1}Send to 1 person{#else}Send to {count} people{/if}") String sendButton(int count);
    @Message("Change the message") String changeButton();
    @Message("Alex") String previewName();
    @Message("(their own cancel link)") String previewCancelLink();

    // The e-mails
    @Message("{name} sent this message about {title} to the people coming:") String mailFromHost(String name, String title);
    @Message("The organisers of {title} sent this message to the people coming:") String mailFromHostUnnamed(String title);
    @Message("To answer the host, reply to this e-mail.") String mailReplyReaches();
    @Message("Replies to this e-mail reach nobody. To ask the host something, use the event page.") String mailNoReply();
    @Message("You get this because you said you would come. It is about this event only.") String mailWhyYou();
    @Message("See your answer:") String mailYourAnswer();
    @Message("Coming up: {title}") String subjectComingUp(String title);
    @Message("Tomorrow: {title}") String subjectTomorrow(String title);
    @Message("Starting soon: {title}") String subjectSoon(String title);
    @Message("A reminder: you are going to {title}.") String mailReminder(String title);
    @Message("Thank you for coming: {title}") String subjectThanks(String title);
    @Message("We missed you: {title}") String subjectMissed(String title);
    @Message("Thank you for coming to {title}. It means a lot to everyone there.") String mailThanks(String title);
    @Message("We missed you at {title}. We hope you are well, and we hope to see you next time.") String mailMissed(String title);
    @Message("The host asks one more thing: please sign the petition \"{title}\".") String mailNextPetition(String title);
    @Message("The host asks one more thing: please write to your legislators: \"{title}\".") String mailNextCampaign(String title);
    @Message("The host invites you to the next event: \"{title}\".") String mailNextEvent(String title);
    @Message("Your answer was cancelled: {title}") String subjectHostCancelled(String title);
    @Message("The host cancelled your answer to {title}, so you no longer have a place. If this is a mistake, you can answer again on the event page.") String mailHostCancelled(String title);

    // The host's hand on one answer
    @Message("Answer of {name}") String answerTitle(String name);
    @Message("(no name)") String nameless();
    @Message("(no e-mail address)") String noEmail();
    @Message("Move up from the waiting list") String moveUp();
    @Message("They get a place even if the event is full, and an e-mail to tell them.") String moveUpHint();
    @Message("Cancel this answer") String cancelAnswer();
    @Message("Their place goes to the waiting list. They get an e-mail to tell them.") String cancelAnswerHint();

    // Walk-ins
    @Message("Someone who did not answer") String walkInLink();
    @Message("Check in someone new: {title}") String walkInTitle(String title);
    @Message("Check in someone who did not answer") String walkInHeading();
    @Message("They count as coming to {title} and are in the list you download.") String walkInIntro(String title);
    @Message("Back to checking in") String backToCheckIn();
    @Message("Enter their first name") String walkInFirstNameRequired();
    @Message("E-mail address (if they want)") String walkInEmailLabel();
    @Message("Only if they want e-mails about this and other events.") String walkInEmailHint();
    @Message("Tick only if they say yes after you read this out. We will e-mail them to confirm.") String walkInConsentHint();
    @Message("Add their e-mail address, or untick the box") String walkInConsentNeedsEmail();
    @Message("Check in") String walkInButton();

    // The next step after the event
    @Message("Next step after the event") String nextStepLink();
    @Message("Next step after {title}") String nextStepTitle(String title);
    @Message("What can people do next?") String nextStepHeading();
    @Message("After the event, people who came get a thank-you e-mail. It can ask them to do one more thing.") String nextStepIntro();
    @Message("Next step") String nextStepLabel();
    @Message("Only open petitions and letter campaigns, and events still to come.") String nextStepHint();
    @Message("Save the next step") String nextStepSave();
    @Message("No next step, just thanks") String nextStepNone();
    @Message("Sign the petition: {title}") String nextStepPetition(String title);
    @Message("Write to legislators: {title}") String nextStepCampaign(String title);
    @Message("Come to the event: {title}") String nextStepEvent(String title);
    @Message("Choose one of the next steps in the list") String nextStepUnknown();

    // A person's own answer on the event page
    @Message("Join the waiting list") String joinWaitlist();
    @Message("Check your e-mail") String checkMailHeading();
    @Message("We have sent the details to the address you typed. The e-mail has a link to see or cancel your answer.") String checkMailText();
    @Message("Answer for someone else") String answerForAnother();
}
