package org.advocacyhub.call;

import java.util.ArrayList;
import java.util.List;
import org.advocacyhub.legislator.Chamber;
import org.advocacyhub.legislator.District;
import org.advocacyhub.legislator.Legislator;
import org.advocacyhub.letter.LetterMessages;
import org.advocacyhub.letter.Targets;
import org.advocacyhub.web.FormErrors;
import org.advocacyhub.web.Text;
import org.jboss.resteasy.reactive.RestForm;

/**
 * What a caller typed, carried from page to page in hidden fields and checked again each time. Their
 * first name and town only fill in the script; the e-mail address, when given, only tells their calls
 * apart from another person's on a shared device. None of it is stored.
 */
public class CallerForm {

    static final String[] FIELD_ORDER = {"firstName", "city", "zip", "email", "district"};

    @RestForm public String firstName = "";
    @RestForm public String city = "";
    @RestForm public String zip = "";
    @RestForm public String email = "";
    @RestForm public String district = "";
    /** The honeypot: hidden from people, so only a robot fills it in (web/BotCheck). */
    @RestForm public String website = "";
    /** The signed time the campaign's page was shown. */
    @RestForm public String started = "";
    /** The signed caller id, for browsers that refuse the cookie. */
    @RestForm public String caller = "";
    /** On recording a call: whom they called and what happened. */
    @RestForm public String legislator = "";
    @RestForm public String outcome = "";

    FormErrors validate(LetterMessages lm, CallMessages m) {
        FormErrors errors = FormErrors.none();
        firstName = strip(firstName);
        city = strip(city);
        zip = strip(zip);
        email = strip(email);
        line(errors, "firstName", firstName, m.firstNameMissing(), lm.firstNameLabel(), 100, lm);
        line(errors, "city", city, lm.cityMissing(), lm.cityLabel(), 100, lm);
        if (!zip.matches("\\d{5}")) {
            errors.add("zip", lm.zipFormat());
        }
        if (!email.isEmpty() && (email.length() > 254 || !Text.isEmailAddress(email))) {
            errors.add("email", lm.emailFormat());
        }
        return errors.inFieldOrder(FIELD_ORDER);
    }

    CallScript.Caller caller() {
        return new CallScript.Caller(firstName, city);
    }

    /** Whom to call for this ZIP code, as letter/Recipients finds whom to write to. */
    record Callees(List<District> districts, District chosen, boolean senatorsOnly, List<Legislator> legislators) {

        static Callees find(Targets targets, String zip, String choice) {
            List<District> districts = District.forZip(zip);
            String c = choice == null ? "" : choice.strip();
            District chosen = districts.size() == 1 ? districts.get(0) : District.parse(c).filter(districts::contains).orElse(null);
            boolean oneState = districts.stream().map(District::state).distinct().count() == 1;
            boolean senatorsOnly = chosen == null && "senators".equals(c) && targets != Targets.HOUSE && oneState;
            List<Legislator> to = new ArrayList<>();
            String state = chosen != null ? chosen.state() : senatorsOnly ? districts.get(0).state() : null;
            if (state != null && targets.includes(Chamber.SENATE)) {
                to.addAll(Legislator.senators(state));
            }
            if (chosen != null && targets.includes(Chamber.HOUSE)) {
                to.addAll(chosen.getRepresentatives());
            }
            return new Callees(districts, chosen, senatorsOnly, List.copyOf(to));
        }

        boolean isZipKnown() {
            return !districts.isEmpty();
        }

        boolean needsChoice() {
            return isZipKnown() && chosen == null && !senatorsOnly;
        }

        boolean canCallSenatorsOnly(Targets targets) {
            return targets != Targets.HOUSE && districts.stream().map(District::state).distinct().count() == 1;
        }

        String getChoice() {
            return chosen != null ? chosen.getKey() : senatorsOnly ? "senators" : "";
        }
    }

    private static void line(FormErrors errors, String field, String value, String missing, String label, int max, LetterMessages m) {
        if (value.isEmpty()) {
            errors.add(field, missing);
        } else if (value.length() > max) {
            errors.add(field, m.tooLong(label, max, value.length()));
        }
    }

    static String strip(String s) {
        return s == null ? "" : s.strip();
    }
}
