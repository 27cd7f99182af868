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

    /** How a letter addresses them: "Senator", "Representative", "Delegate" or "Resident Commissioner". */
    public String getTitle() {
        if (chamber == Chamber.SENATE) {
            return "Senator";
        }
        if ("PR".equals(state)) {
            return "Resident Commissioner";
        }
        return DELEGATE_SEATS.contains(state) ? "Delegate" : "Representative";
    }

    /** "VT", "NY-12", "VT at-large". */
    public String getSeat() {
        if (chamber == Chamber.SENATE) {
            return state;
        }
        return district == 0 ? state + " at-large" : state + "-" + district;
    }

    public String getPartyLabel() {
        return party == null ? "No party listed" : party;
    }
}
