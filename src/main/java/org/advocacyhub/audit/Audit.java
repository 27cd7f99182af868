package org.advocacyhub.audit;

import io.quarkus.security.identity.SecurityIdentity;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import org.advocacyhub.account.CurrentUser;

/**
 * Writes the audit trail: one row per coordinator action that reads people's data in bulk or changes
 * it. The row joins the caller's transaction, so an action that rolls back leaves no row, and one that
 * commits always leaves exactly one.
 */
@ApplicationScoped
public class Audit {

    @Inject
    EntityManager em;

    @Inject
    CurrentUser currentUser;

    @Inject
    SecurityIdentity identity;

    /** The signed-in coordinator did {@code action} to {@code people} people about {@code subject}. */
    @Transactional
    public void record(AuditAction action, String subject, long people) {
        record(action, subject, people, null);
    }

    /** As {@link #record(AuditAction, String, long)}, with a short detail (a tag's name, a role, a filter). */
    @Transactional
    public void record(AuditAction action, String subject, long people, String detail) {
        String actor = identity.isAnonymous() ? "anonymous" : currentUser.getSubject();
        String name = identity.isAnonymous() ? "" : currentUser.getName();
        insert(actor, name, action, subject, people, detail);
    }

    /** For background jobs, which act for someone who is no longer in a request. */
    @Transactional
    public void recordAs(String actorSubject, String actorName, AuditAction action, String subject, long people) {
        recordAs(actorSubject, actorName, action, subject, people, null);
    }

    @Transactional
    public void recordAs(String actorSubject, String actorName, AuditAction action, String subject, long people,
            String detail) {
        insert(actorSubject, actorName, action, subject, people, detail);
    }

    private void insert(String actor, String name, AuditAction action, String subject, long people, String detail) {
        em.createNativeQuery("""
                INSERT INTO audit_entry (actor_subject, actor_name, action, subject, people, detail)
                VALUES (?1, ?2, ?3, ?4, ?5, CAST(?6 AS text))
                """)
                .setParameter(1, actor == null ? "" : actor)
                .setParameter(2, name == null ? "" : name)
                .setParameter(3, action.name())
                .setParameter(4, subject == null ? "" : subject)
                .setParameter(5, people)
                .setParameter(6, detail)
                .executeUpdate();
    }
}
