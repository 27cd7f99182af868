package org.advocacyhub.api;

import io.quarkus.qute.i18n.Message;
import io.quarkus.qute.i18n.MessageBundle;

/**
 * The words of the API keys page ({@code {api:title}}); Spanish in messages/api_es.properties. The
 * API's own JSON messages stay English: they are read by developers.
 */
@MessageBundle(value = "api", locale = "en")
public interface ApiMessages {

    @Message("API keys for partners") String title();
    @Message("Coordinator overview") String backToOverview();
    @Message("Partners' organising tools can read our people, events, petitions and letter campaigns through the API, and send us signatures and RSVPs they collect. Each tool needs its own key. Revoke a key as soon as a tool no longer needs it.")
    String intro();
    @Message("A key gives access to supporters' names, and to their e-mail addresses if you allow it. Only give one to a tool that we trust with them, and allow only what the tool needs.")
    String warning();
    @Message("The key “{name}” is revoked. Tools that use it can no longer reach the API.") String revokedNotice(String name);

    // Making a key
    @Message("Make a new key") String newKeyHeading();
    @Message("Name of the tool or partner") String nameLabel();
    @Message("Shown in the list below, and recorded as the source of the signatures and RSVPs the tool sends. For example: ActionKit sync.")
    String nameHint();
    @Message("Make the key") String makeKey();
    @Message("Enter a name for the key") String nameRequired();
    @Message("The name must be 80 characters or fewer") String nameTooLong();
    @Message("A key in use already has this name. Choose another, or revoke that key first.") String nameInUse();
    @Message("What may the tool do?") String accessLegend();
    @Message("A key's scopes cannot be changed later: for other scopes, make a new key and revoke the old one.") String accessHint();
    @Message("Read only: events, petitions, letter campaigns, signatures, RSVPs and people's names") String accessRead();
    @Message("Read, and record signatures and RSVPs that people give on the partner's forms") String accessWrite();
    @Message("Choose whether the key may only read, or also record signatures and RSVPs") String accessRequired();
    @Message("Also read people's e-mail addresses") String emailLabel();
    @Message("Only for a tool that sends e-mail to our supporters for us. Without it, people come without their address (their subscription status stays).")
    String emailHint();

    // The list
    @Message("Keys") String keysHeading();
    @Message("No keys yet.") String noKeys();
    @Message("Name") String columnName();
    @Message("Starts with") String columnPrefix();
    @Message("Made") String columnCreated();
    @Message("May") String columnScopes();
    @Message("Last used") String columnLastUsed();
    @Message("Status") String columnStatus();
    @Message("by {name}") String createdBy(String name);
    @Message("Never") String neverUsed();
    @Message("read") String scopeRead();
    @Message("record signatures and RSVPs") String scopeWrite();
    @Message("read e-mail addresses") String scopeEmail();
    @Message("In use") String active();
    @Message("Revoked") String revoked();
    @Message("Revoke") String revoke();

    // The new key, shown once
    @Message("Your new key") String createdTitle();
    @Message("Copy this key now and give it to “{name}”. We keep only a fingerprint of it, so nobody can see it again, not even you. If it is lost, make a new key and revoke this one.")
    String createdText(String name);
    @Message("The key") String keyLabel();
    @Message("The tool sends the key in the request header OSDI-API-Token.") String createdHeader();
    @Message("Back to the API keys") String backToKeys();
}
