package org.advocacyhub.mail;

import jakarta.mail.BodyPart;
import jakarta.mail.Multipart;
import jakarta.mail.Part;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;

/** Finds the text part, HTML part and attachment of a received MIME message, however it is nested. */
final class MailParts {

    record Attachment(String name, String contentType, String body) {
    }

    private MailParts() {
    }

    static String text(Part message) throws Exception {
        Part part = find(message, "text/plain");
        return part == null ? null : (String) part.getContent();
    }

    static String html(Part message) throws Exception {
        Part part = find(message, "text/html");
        return part == null ? null : (String) part.getContent();
    }

    static Attachment attachment(Part part) throws Exception {
        if (Part.ATTACHMENT.equalsIgnoreCase(part.getDisposition())) {
            try (InputStream in = part.getInputStream()) {
                return new Attachment(part.getFileName(), part.getContentType(),
                        new String(in.readAllBytes(), StandardCharsets.UTF_8));
            }
        }
        if (part.getContent() instanceof Multipart multipart) {
            for (int i = 0; i < multipart.getCount(); i++) {
                Attachment found = attachment(multipart.getBodyPart(i));
                if (found != null) {
                    return found;
                }
            }
        }
        return null;
    }

    private static Part find(Part part, String mimeType) throws Exception {
        if (part.isMimeType(mimeType) && !Part.ATTACHMENT.equalsIgnoreCase(part.getDisposition())) {
            return part;
        }
        if (part.isMimeType("multipart/*")) {
            Multipart multipart = (Multipart) part.getContent();
            for (int i = 0; i < multipart.getCount(); i++) {
                BodyPart child = multipart.getBodyPart(i);
                Part found = find(child, mimeType);
                if (found != null) {
                    return found;
                }
            }
        }
        return null;
    }
}
