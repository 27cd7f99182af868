package org.advocacyhub.audit;

import io.quarkus.qute.i18n.Message;
import io.quarkus.qute.i18n.MessageBundle;

/** The words of the audit trail page; Spanish in messages/audit_es.properties. */
@MessageBundle(value = "audit", locale = "en")
public interface AuditMessages {

    @Message("Coordinator overview") String coordinatorOverview();
    @Message("Audit trail") String title();
    @Message("Every time a coordinator downloads, imports, changes or erases people’s data, it is written here: who, when, what and how many people. Entries are kept {months} months.")
    String lead(int months);
    @Message("What was done") String actionLabel();
    @Message("Who did it (part of their name)") String actorLabel();
    @Message("From (date)") String fromLabel();
    @Message("To (date)") String toLabel();
    @Message("Show") String filterButton();
    @Message("Show everything") String clear();
    @Message("Entries, newest first") String entriesHeading();
    @Message("Nothing matches.") String none();
    @Message("When") String colWhen();
    @Message("Who") String colWho();
    @Message("What was done") String colAction();
    @Message("About") String colWhat();
    @Message("People") String colPeople();
    @Message("Pages of entries") String pages();
    @Message("Newer entries") String previousPage();
    @Message("Older entries") String nextPage();
    @Message("Anything") String anyAction();
    @Message("Choose one of the listed actions") String actionInvalid();
    @Message("Enter {max} characters or fewer") String tooLong(int max);
    @Message("Enter a date like 2026-03-14") String dateFormat();
    @Message("The end date is before the start date") String datesBackwards();
    @Message("{#when a}{#is 'EXPORT'}Downloaded people’s data{#is 'IMPORT'}Imported people{#is 'ERASE'}Erased a person"
            + "{#is 'CORRECT'}Corrected a person’s details{#is 'TAG'}Added a tag{#is 'UNTAG'}Removed a tag"
            + "{#is 'SEGMENT_SAVED'}Saved a segment{#is 'SEGMENT_SEND'}Sent news to a segment"
            + "{#is 'SEGMENT_EXPORT'}Downloaded a segment{#is 'ROLE_CHANGE'}Changed a role{#is 'API_KEY_CREATED'}Made an API key"
            + "{#is 'API_KEY_REVOKED'}Revoked an API key{#is 'EVENT_APPROVED'}Approved an event{#is 'EVENT_REJECTED'}Rejected an event"
            + "{#else}{a}{/when}")
    String action(String a);
}
