package org.advocacyhub.news;

import io.quarkus.qute.i18n.Message;
import io.quarkus.qute.i18n.MessageBundle;

/** The words of the news page and of the footer of every news e-mail; Spanish in messages/news_es.properties. */
@MessageBundle(value = "news", locale = "en")
public interface NewsMessages {

    @Message("News e-mails") String title();
    @Message("Write to everyone who agreed to hear from us.") String lead();
    @Message("Only people who ticked “E-mail me news” and have not unsubscribed get it. Every e-mail has a link to stop them, and mail programs show an Unsubscribe button.")
    String rules();
    @Message("Write a news e-mail") String writeHeading();
    @Message("Subject") String subjectLabel();
    @Message("Who gets it") String audienceLabel();
    @Message("Everyone who agreed ({#if n == 1}1 person{#else}{count} people{/if})") String audienceEveryone(long n, String count);
    @Message("People who read English ({count})") String audienceEnglish(String count);
    @Message("People who read Spanish ({count}): write it in Spanish") String audienceSpanish(String count);
    @Message("Your message") String bodyLabel();
    @Message("Plain text. Keep it short and say what you ask people to do. We add the unsubscribe link at the end.")
    String bodyHint();
    @Message("Preview it") String sendButton();
    @Message("Check your news e-mail") String previewTitle();
    @Message("This is the e-mail as people will read it. Nothing has been sent yet. It will go to {#if n == 1}1 person{#else}{count} people{/if}.")
    String previewLead(long n, String count);
    @Message("Send it to {#if n == 1}1 person{#else}{count} people{/if}") String sendTo(long n, String count);
    @Message("Change it") String changeIt();
    @Message("Sent before") String pastHeading();
    @Message("No news e-mails yet.") String noneYet();
    @Message("Subject") String colSubject();
    @Message("Who") String colAudience();
    @Message("People") String colRecipients();
    @Message("Sent by") String colSentBy();
    @Message("When") String colWhen();
    @Message("English readers") String english();
    @Message("Spanish readers") String spanish();
    @Message("Everyone") String everyone();

    @Message("Enter a subject") String subjectRequired();
    @Message("Write the subject on one line") String subjectOneLine();
    @Message("Write your message") String bodyRequired();
    @Message("Use {max} characters or fewer; this has {length}") String tooLong(int max, int length);
    @Message("Choose who gets it") String audienceInvalid();

    @Message("You get this e-mail because you asked Advocacy Hub for news.") String mailWhy();
    @Message("To stop these e-mails, open this link:") String mailStop();
}
