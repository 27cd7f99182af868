package org.advocacyhub.audit;

/** What a coordinator did to people's data that the audit trail keeps (issue 15, docs/privacy.md). */
public enum AuditAction {
    EXPORT, IMPORT, ERASE, CORRECT, TAG, UNTAG, SEGMENT_SAVED, SEGMENT_SEND, SEGMENT_EXPORT, ROLE_CHANGE,
    API_KEY_CREATED, API_KEY_REVOKED, EVENT_APPROVED, EVENT_REJECTED
}
