package org.advocacyhub.petition;

public enum PetitionStatus {
    DRAFT("Draft"), OPEN("Open"), CLOSED("Closed");

    public final String label;

    PetitionStatus(String label) {
        this.label = label;
    }

    public String getLabel() {
        return label;
    }
}
