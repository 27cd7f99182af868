package org.advocacyhub.legislator;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.util.Optional;

/** A ZIP code's state and the point distances are measured from (loaded by {@link ZipData}). */
@Entity
@Table(name = "zip_area")
public class ZipArea extends PanacheEntityBase {

    @Id
    public String zip;

    public String state;

    public Double latitude;

    public Double longitude;

    public boolean approximate;

    public static Optional<ZipArea> lookup(String zip) {
        return zip == null ? Optional.empty() : findByIdOptional(zip.strip());
    }

    public boolean hasPoint() {
        return latitude != null && longitude != null;
    }
}
