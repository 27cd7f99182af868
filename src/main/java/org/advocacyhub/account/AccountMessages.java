package org.advocacyhub.account;

import io.quarkus.qute.i18n.Message;
import io.quarkus.qute.i18n.MessageBundle;
import org.advocacyhub.event.EventStatus;
import org.advocacyhub.event.RsvpStatus;
import org.advocacyhub.letter.LetterStatus;

/**
 * The words of the account pages: "Your activity" (/me) and the coordinators' People page. Templates
 * write {@code {account:myActivityTitle}}; Spanish is in messages/account_es.properties. The statuses of
 * events, RSVPs and letters are said here as a person reads them about their own activity.
 */
@MessageBundle(value = "account", locale = "en")
public interface AccountMessages {

    // Signing out (/account/sign-out), for pages that cannot show the button themselves
    @Message("Sign out") String signOutTitle();
    @Message("Sign out of Advocacy Hub on this device?") String signOutQuestion();

    // Your activity (/me)
    @Message("Your activity") String myActivityTitle();
    @Message("Your data") String yourDataTitle();
    @Message("You can see everything we hold about you, download it, correct it or erase it.") String yourDataText();
    @Message("See your data") String yourDataLink();
    @Message("Events you host") String hostedTitle();
    @Message("You are not hosting any events.") String hostedNone();
    @Message("Host an event") String hostEvent();
    @Message("Host another event") String hostAnotherEvent();
    @Message("Events you are going to") String goingTitle();
    @Message("You have not said you are going to any events.") String goingNone();
    @Message("Find an event") String findEvent();
    @Message(", with {#if guests == 1}1 guest{#else}{guests} guests{/if}") String withGuests(int guests);
    @Message("Petitions you signed") String signedTitle();
    @Message("You have not signed any petitions.") String signedNone();
    @Message("See open petitions") String seePetitions();
    @Message(", confirmed") String signatureConfirmed();
    @Message(", waiting for you to confirm your e-mail address") String signatureUnconfirmed();
    @Message("Letters you sent") String lettersTitle();
    @Message("You have not sent any letters.") String lettersNone();
    @Message("Write to your legislators") String writeLetters();
    @Message("to {title} {name} ({seat})") String letterTo(String title, String name, String seat);
    /** How a letter addresses them, from Legislator.getTitle: "Senator", "Representative", "Delegate", "Resident Commissioner". */
    @Message("{title}") String legislatorTitle(String title);
    @Message("{state} at-large") String atLarge(String state);
    @Message("{#when status}{#is DRAFT}Draft{#is PENDING}Waiting for approval{#is PUBLISHED}Published{#is REJECTED}Not approved{#else}Cancelled{/when}")
    String eventStatus(EventStatus status);
    @Message("{#when status}{#is GOING}Going{#is WAITLISTED}On the waiting list{#else}Cancelled{/when}")
    String rsvpStatus(RsvpStatus status);
    @Message("{#when status}{#is SENT}Sent{#is FAILED}Could not be sent{#is WITH_SUPPORTER}Waiting for you to send it through the office's form{#is SENT_BY_SUPPORTER}Sent by you through the office's form{#is TO_PRINT}Waiting to be printed for hand delivery{#is PRINTED}Printed for hand delivery{#else}Waiting to go out{/when}")
    String letterStatus(LetterStatus status);

    // People (/coordinator/people)
    @Message("People") String peopleTitle();
    @Message("Coordinator overview") String coordinatorOverview();
    @Message("Everyone with an account. New accounts are volunteers; coordinators can approve events, run campaigns and see the dashboards. A change takes effect when the person next signs in.")
    String peopleLead();
    @Message("Find a person") String findPerson();
    @Message("Part of their name, user name or e-mail address") String findPersonHint();
    @Message("Search") String search();
    @Message("Show everyone") String showEveryone();
    @Message("{#if total == 1}1 account{#else}{count} accounts{/if}") String accounts(long total, String count);
    @Message("{#if total == 1}1 account{#else}{count} accounts{/if} matching “{q}”") String accountsMatching(long total, String count, String q);
    @Message("Nobody matches. Check the spelling, or search for part of the e-mail address.") String nobodyMatches();
    @Message("Name") String name();
    @Message("User name") String username();
    @Message("E-mail") String email();
    @Message("Role") String role();
    @Message("Change") String change();
    @Message("(you)") String you();
    @Message("Coordinator") String coordinator();
    @Message("Volunteer") String volunteer();
    @Message("Another coordinator can change this") String anotherCoordinator();
    @Message("Make volunteer") String makeVolunteer();
    @Message("Make coordinator") String makeCoordinator();
    @Message("Pages of people") String pagesOfPeople();
    @Message("Previous page") String previousPage();
    @Message("Next page") String nextPage();
}
