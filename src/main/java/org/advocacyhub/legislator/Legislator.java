package org.advocacyhub.legislator;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;

/**
 * A member of Congress from the public data ({@link LegislatorImport}). Rows are never deleted: a
 * member who leaves is marked not current, and the letters sent to them still point here.
 */
@Entity
@Table(name = "legislator")
public class Legislator extends PanacheEntityBase {

    /** Seats whose holder sits in the House without a vote, and is written to by another title. */
    private static final Set<String> DELEGATE_SEATS = Set.of("DC", "AS", "GU", "MP", "VI");

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @Column(name = "bioguide_id", nullable = false, unique = true)
    public String bioguideId;

    @Column(name = "first_name", nullable = false)
    public String firstName;

    @Column(name = "last_name", nullable = false)
    public String lastName;

    @Column(name = "full_name", nullable = false)
    public String fullName;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public Chamber chamber;

    @Column(nullable = false)
    public String state;

    /** House only; 0 is at-large. */
    public Integer district;

    public String party;

    public String phone;

    @Column(name = "contact_form")
    public String contactForm;

    public String website;

    @Column(name = "office_address")
    public String officeAddress;

    @Column(name = "term_start")
    public LocalDate termStart;

    @Column(name = "term_end")
    public LocalDate termEnd;

    /** "F" or "M" from the public data, for Spanish titles ("senadora", "senador"); null when unknown. */
    public String gender;

    /** An office e-mail, when a deployment has one; the public data has none. */
    public String email;

    public boolean current;

    @Column(name = "updated_at", nullable = false)
    public Instant updatedAt;

    public static List<Legislator> senators(String state) {
        return list("current = true and chamber = ?1 and state = ?2 order by lastName, firstName", Chamber.SENATE, state);
    }

    public static List<Legislator> representatives(String state, int district) {
        return list("current = true and chamber = ?1 and state = ?2 and district = ?3", Chamber.HOUSE, state, district);
    }

    /** The four titles a member of Congress is written to by. */
    public enum Title { SENATOR, REPRESENTATIVE, DELEGATE, RESIDENT_COMMISSIONER }

    public Title getTitleKind() {
        if (chamber == Chamber.SENATE) {
            return Title.SENATOR;
        }
        if ("PR".equals(state)) {
            return Title.RESIDENT_COMMISSIONER;
        }
        return DELEGATE_SEATS.contains(state) ? Title.DELEGATE : Title.REPRESENTATIVE;
    }

    public boolean isFemale() {
        return "F".equals(gender);
    }

    public boolean isMale() {
        return "M".equals(gender);
    }

    /**
     * How a letter addresses them, in English, the language of the letters: "Senator", "Representative",
     * "Delegate" or "Resident Commissioner". Pages say it in the reader's language with
     * {@code {legislators:title(l)}}.
     */
    public String getTitle() {
        return switch (getTitleKind()) {
            case SENATOR -> "Senator";
            case RESIDENT_COMMISSIONER -> "Resident Commissioner";
            case DELEGATE -> "Delegate";
            case REPRESENTATIVE -> "Representative";
        };
    }

    /** "VT", "NY-12", "VT at-large", in English; pages use {@code {legislators:seat(l)}}. */
    public String getSeat() {
        if (chamber == Chamber.SENATE) {
            return state;
        }
        return district == 0 ? state + " at-large" : state + "-" + district;
    }

    /** In English; pages use {@code {legislators:party(l)}}. */
    public String getPartyLabel() {
        return party == null ? "No party listed" : party;
    }
}
