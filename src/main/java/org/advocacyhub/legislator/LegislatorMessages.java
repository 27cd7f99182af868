package org.advocacyhub.legislator;

import io.quarkus.qute.i18n.Message;
import io.quarkus.qute.i18n.MessageBundle;

/**
 * The words of the legislator pages, and how any page names a member of Congress: templates write
 * {@code {legislators:title(l)} {l.fullName}}, {@code {legislators:seat(l)}}, {@code {legislators:party(l)}}.
 * Spanish is in messages/legislators_es.properties, where titles agree with the member ("Senadora").
 * Names, parties' own names in the data and the letters themselves are not translated.
 */
@MessageBundle(value = "legislators", locale = "en")
public interface LegislatorMessages {

    // How a member of Congress is named on a page
    @Message("{#when c}{#is SENATE}Senate{#is HOUSE}House of Representatives{/when}")
    String chamber(Chamber c);

    /** Standing before a name, capitalised: "Senator". */
    @Message("{#when l.titleKind}{#is SENATOR}Senator{#is REPRESENTATIVE}Representative{#is DELEGATE}Delegate"
            + "{#is RESIDENT_COMMISSIONER}Resident Commissioner{/when}")
    String title(Legislator l);

    /**
     * In a sentence, with the name to use: "Senator Sanders", "Senator Bernard Sanders" (Spanish: "el senador
     * Sanders", "la senadora Kirsten E. Gillibrand", with the article the sentence needs).
     */
    @Message("{#when l.titleKind}{#is SENATOR}Senator{#is REPRESENTATIVE}Representative{#is DELEGATE}Delegate"
            + "{#is RESIDENT_COMMISSIONER}Resident Commissioner{/when} {name}")
    String named(Legislator l, String name);

    /** "VT", "NY-12", "VT at-large". */
    @Message("{#if l.chamber.name == 'SENATE'}{l.state}{#else if l.district == 0}{l.state} at-large{#else}{l.state}-{l.district}{/if}")
    String seat(Legislator l);

    /** "NY-12", "VT at-large". */
    @Message("{#if d.number == 0}{d.state} at-large{#else}{d.state}-{d.number}{/if}")
    String district(District d);

    @Message("{#if l.party}{l.party}{#else}No party listed{/if}")
    String party(Legislator l);

    /** "119th Congress": the number comes with its ordinal, as each language writes it. */
    @Message("{number} Congress")
    String congress(String number);

    // The card (tags/legislatorCard.html)
    @Message("Chamber") String cardChamber();
    @Message("Party") String cardParty();
    @Message("State") String cardState();
    @Message("District") String cardDistrict();
    @Message("Phone") String cardPhone();
    @Message("Online") String cardOnline();
    @Message("Contact form") String contactForm();
    @Message("of {legislators:title(l)} {l.fullName}") String contactFormOf(Legislator l);

    // Find your members of Congress (LegislatorPages/find.html)
    @Message("Find your members of Congress") String findTitle();
    @Message("Enter your ZIP code to see your two senators and your representative.") String findLead();
    @Message("Your ZIP code") String zipLabel();
    @Message("5 digits, for example 05401") String zipHint();
    @Message("Find them") String findButton();
    @Message("ZIP code {zip} is in {legislators:district(d)}") String zipInDistrict(String zip, District d);
    @Message("ZIP code {zip} is in {count} districts") String zipInDistricts(String zip, int count);
    @Message("Part of this ZIP code is in each district below, so we cannot tell which one is yours from the ZIP code alone. To find out, enter your home address on the House's")
    String splitZipBefore();
    /** After the link "Find your representative", which keeps the House's English name. */
    @Message("page.") String houseFinderAfter();
    @Message("{legislators:district(d)}: no representative") String vacantHeading(District d);
    @Message("This seat is vacant in our data.") String vacantText();
    @Message("Where this list comes from") String sourceHeading();
    @Message("Members of the") String sourceMembersOf();
    @Message(", from public data dated") String sourceDated();
    @Message("(the") String sourceProjectBefore();
    @Message(" project).") String sourceProjectAfter();
    @Message("Districts are those of the 119th Congress, from the 2020 census. Members who took office after that date are not listed yet.")
    String sourceDistricts();
    @Message("The list of members is not loaded yet.") String notLoaded();
    @Message("Enter a ZIP code of 5 digits, like 05401") String zipFormat();
    /** The one message for a ZIP code we cannot place, wherever a ZIP code is asked for. */
    @Message("We do not know the ZIP code {zip}. Check it. Some ZIP codes, such as PO boxes, have no district: then enter the ZIP code of your home.")
    String unknownZip(String zip);

    // Coordinators: the data (LegislatorDataPages/upload.html)
    @Message("Members of Congress data") String dataTitle();
    @Message("Back to letter campaigns") String backToCampaigns();
    @Message("What is loaded now") String loadedHeading();
    @Message("Congress") String factCongress();
    @Message("Data of") String factDataOf();
    @Message("Source") String factSource();
    @Message("Members") String factMembers();
    @Message("{fmt:number(current)} current, {fmt:number(former)} no longer in office") String members(long current, long former);
    @Message("No data is loaded.") String nothingLoaded();
    @Message("Load a newer file") String loadHeading();
    @Message("Download") String loadIntroBefore();
    @Message("from the") String loadIntroMiddle();
    @Message("project and upload it here. Members who left are kept, marked as no longer in office, so letters already sent still show whom they went to. Loading the same file twice changes nothing.")
    String loadIntroAfter();
    @Message("The file") String fileLabel();
    @Message("legislators-current.yaml, or the same file gzipped (.yaml.gz)") String fileHint();
    @Message("Date of the file") String dateLabel();
    @Message("The date of its last change in the project, shown to visitors so they know how fresh the list is") String dateHint();
    @Message("Load the file") String loadButton();

    // Coordinators: what is wrong with a file
    @Message("Choose the file legislators-current.yaml, or legislators-current.yaml.gz") String chooseFile();
    @Message("The date cannot be in the future") String dateInFuture();
    @Message("Enter the date of the file, like 2026-06-15: the date of its last change upstream") String dateFormat();
    @Message("The file looks gzipped but cannot be unpacked. Upload it again.") String fileNotGzip();
    @Message("Unpacked, this file is bigger than {megabytes} MB, far more than the legislators file. Upload legislators-current.yaml, or the same file gzipped.") String fileTooBigUnpacked(int megabytes);
    @Message("This is not a YAML file we can read. Upload legislators-current.yaml, or the same file gzipped.") String fileNotYaml();
    @Message("The file is not a list of legislators. Upload legislators-current.yaml from the congress-legislators project.") String fileNotList();
    @Message("Entry {entry} has no bioguide id or no terms. Is this the right file?") String entryWithoutId(long entry);
    @Message("Entry {id} has a term that is neither sen nor rep.") String entryBadTerm(String id);
    @Message("Entry {id} has no state.") String entryWithoutState(String id);
    @Message("Entry {id} has no first or last name.") String entryWithoutName(String id);
    @Message("The file has only {senators} senators and {representatives} representatives; a full file has about 100 and 437. Nothing was changed.")
    String fileTooShort(long senators, long representatives);
    @Message("Entry {id} has a term {field} date we cannot read: {value}") String entryBadDate(String id, String field, String value);
}
