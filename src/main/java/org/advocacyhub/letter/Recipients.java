package org.advocacyhub.letter;

import java.util.ArrayList;
import java.util.List;
import org.advocacyhub.legislator.Chamber;
import org.advocacyhub.legislator.District;
import org.advocacyhub.legislator.Legislator;

/**
 * Whom a supporter writes to for a campaign, from their ZIP code. A ZIP code in several districts
 * needs the supporter to pick one (we have no way to place a street address offline); they may also
 * write to their senators only when they do not know.
 *
 * @param districts every district the ZIP code lies in; empty when we do not know the ZIP code
 * @param chosen the supporter's district, or null while they have not picked one
 */
public record Recipients(List<District> districts, District chosen, boolean senatorsOnly, List<Legislator> legislators) {

    /** The district choice that means "I do not know my district: write to my senators only". */
    public static final String SENATORS_ONLY = "senators";

    public static Recipients find(LetterCampaign campaign, String zip, String districtChoice) {
        List<District> districts = District.forZip(zip);
        String choice = districtChoice == null ? "" : districtChoice.strip();
        District chosen = districts.size() == 1 ? districts.get(0)
                : District.parse(choice).filter(districts::contains).orElse(null);
        boolean senatorsOnly = chosen == null && SENATORS_ONLY.equals(choice) && campaign.chambers != Targets.HOUSE
                && districts.stream().map(District::state).distinct().count() == 1;
        List<Legislator> to = new ArrayList<>();
        String state = chosen != null ? chosen.state() : senatorsOnly ? districts.get(0).state() : null;
        if (state != null && campaign.chambers.includes(Chamber.SENATE)) {
            to.addAll(Legislator.senators(state));
        }
        if (chosen != null && campaign.chambers.includes(Chamber.HOUSE)) {
            to.addAll(chosen.getRepresentatives());
        }
        return new Recipients(districts, chosen, senatorsOnly, List.copyOf(to));
    }

    public boolean isZipKnown() {
        return !districts.isEmpty();
    }

    public boolean needsChoice() {
        return isZipKnown() && chosen == null && !senatorsOnly;
    }

    /** Whether the supporter may answer "I do not know" on the choice page. */
    public boolean canWriteToSenatorsOnly(LetterCampaign campaign) {
        return campaign.chambers != Targets.HOUSE && districts.stream().map(District::state).distinct().count() == 1;
    }

    /** The value the form carries to the next step. */
    public String getChoice() {
        return chosen != null ? chosen.getKey() : senatorsOnly ? SENATORS_ONLY : "";
    }
}
