package org.advocacyhub.supporter;

import io.quarkus.qute.i18n.Message;
import io.quarkus.qute.i18n.MessageBundle;

/** The words of importing supporters from a file ({@code {imports:title}}); Spanish in messages/imports_es.properties. */
@MessageBundle(value = "imports", locale = "en")
public interface ImportMessages {

    @Message("Import supporters from a file") String title();
    @Message("Coordinator overview") String backToOverview();
    @Message("All imports") String backToImports();
    @Message("Add the people on a sign-in sheet or another list to our supporters. Save the list from your spreadsheet as CSV (UTF-8). The first line must name the columns. Nothing is stored until you check the columns and start the import.")
    String intro();
    @Message("People we already know are left exactly as they are: the file never changes a name, a ZIP, a language or a choice about e-mails.")
    String neverOverwrite();

    // Upload
    @Message("Choose the file") String uploadHeading();
    @Message("CSV file") String fileLabel();
    @Message("At most 20 MB and 100,000 rows. Split a bigger list into several files.") String fileHint();
    @Message("Upload and check the columns") String uploadButton();
    @Message("Choose a CSV file to upload") String chooseFile();
    @Message("The file is bigger than 20 MB. Split it into smaller files and import each one.") String fileTooBig();
    @Message("The file has more than 100,000 rows. Split it into smaller files and import each one.") String tooManyRows();
    @Message("The file has no rows below the line of column names") String noRows();
    @Message("The file is empty") String emptyFile();
    @Message("The file is not in UTF-8. In your spreadsheet, save it as “CSV UTF-8” and upload it again.") String notUtf8();

    // The list of imports
    @Message("Imports so far") String listHeading();
    @Message("No file has been imported yet.") String noImports();
    @Message("Uploaded") String columnUploaded();
    @Message("File") String columnFile();
    @Message("By") String columnBy();
    @Message("Status") String columnStatus();
    @Message("Added") String columnAdded();
    @Message("Already known") String columnKnown();
    @Message("Not imported") String columnBad();
    @Message("Waiting for you to check the columns") String statusUploaded();
    @Message("Waiting to start") String statusQueued();
    @Message("Importing") String statusRunning();
    @Message("Done") String statusDone();
    @Message("Stopped by an error") String statusFailed();

    // Mapping and preview
    @Message("Check the columns of {file}") String mappingTitle(String file);
    @Message("{rows} rows below the line of column names.") String rowsInFile(String rows);
    @Message("This file was already imported on {date}. Importing it again adds only people we do not know yet.")
    String alreadyImported(String date);
    @Message("What is in each column?") String mappingHeading();
    @Message("Tell us which column holds what. One column must hold e-mail addresses; leave out any column you do not need.")
    String mappingHint();
    @Message("Column {n}: “{heading}”") String columnLabel(int n, String heading);
    @Message("E-mail address") String fieldEmail();
    @Message("First name (or the whole name)") String fieldFirstName();
    @Message("Last name") String fieldLastName();
    @Message("ZIP code") String fieldZip();
    @Message("Language (English or Spanish)") String fieldLanguage();
    @Message("Leave out") String fieldIgnore();
    @Message("Choose one column for the e-mail addresses") String emailColumnMissing();
    @Message("Two columns hold the same thing. Choose each one at most once.") String fieldTwice();
    @Message("Show the rows with these columns") String previewButton();
    @Message("The first rows, as they will be stored") String previewHeading();
    @Message("Line") String columnLine();
    @Message("E-mail") String columnEmail();
    @Message("First name") String columnFirstName();
    @Message("Last name") String columnLastName();
    @Message("ZIP") String columnZip();
    @Message("Language") String columnLanguage();
    @Message("What happens") String columnOutcome();
    @Message("Added") String outcomeAdded();
    @Message("Already known: left as it is") String outcomeKnown();
    @Message("English") String languageEn();
    @Message("Spanish") String languageEs();

    // Consent
    @Message("Consent to our news") String consentHeading();
    @Message("Did these people agree to get our news by e-mail?") String consentLegend();
    @Message("Only say yes if each person agreed, for example by ticking a box on the sign-in sheet. We keep where and what they agreed to, as the law asks.")
    String consentHint();
    @Message("Yes, they agreed") String consentGiven();
    @Message("No, or we do not know: import them without consent") String consentNone();
    @Message("Say whether these people agreed to get our news") String consentRequired();
    @Message("Where did they agree?") String originLabel();
    @Message("Only when they agreed. For example: sign-in sheet at the Burlington walk, May 2026.") String originHint();
    @Message("Say where they agreed") String originRequired();
    @Message("Keep it to 200 characters or fewer") String originTooLong();
    @Message("The exact words they agreed to") String wordingLabel();
    @Message("Copy the words from the sheet or the form, as people read them.") String wordingHint();
    @Message("Copy the words they agreed to") String wordingRequired();
    @Message("Keep the words to 2,000 characters or fewer") String wordingTooLong();
    @Message("Start the import") String startButton();

    // Progress and result
    @Message("Import of {file}") String progressTitle(String file);
    @Message("{done} of {total} rows checked") String progressText(String done, String total);
    @Message("Progress of the import") String progressLabel();
    @Message("This page updates itself every 5 seconds.") String updatingNotice();
    @Message("Stop updating") String stopUpdating();
    @Message("Update this page now") String refreshNow();
    @Message("Update it every 5 seconds") String startUpdating();
    @Message("The import stopped because of an error. The rows checked so far are imported; nothing was imported twice. Tell the team that runs the site.")
    String failedText();
    @Message("Result") String resultHeading();
    @Message("New supporters added") String resultAdded();
    @Message("Already known, left as they were") String resultKnown();
    @Message("Rows not imported") String resultBad();
    @Message("The new supporters agreed to our news at: {origin}") String resultConsent(String origin);
    @Message("Imported without consent: the new supporters get no news e-mails until they agree themselves.") String resultNoConsent();
    @Message("Rows not imported") String problemsHeading();
    @Message("Fix these rows in your spreadsheet and import them again in a new file. Up to {n} are listed here; the download has them all.")
    String problemsIntro(int n);
    @Message("Every row was imported or already known.") String noProblems();
    @Message("Reason") String columnReason();
    @Message("Download the rows not imported (CSV)") String downloadProblems();

    // Why a row was not imported
    @Message("The e-mail address is missing") String reasonEmailMissing();
    @Message("The e-mail address is not one we can write to") String reasonEmail();
    @Message("The ZIP code is not 5 digits") String reasonZip();
    @Message("The language is not English or Spanish") String reasonLanguage();
    @Message("A name is longer than 100 characters") String reasonNameTooLong();
    @Message("It has characters nobody can type (control characters)") String reasonControl();
    @Message("A cell is longer than 1,000 characters") String reasonTooLong();
    @Message("The same e-mail address is on line {line}") String reasonDuplicate(int line);
}
