package org.advocacyhub.testsupport;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Marks a {@code GreenMail} field of a test class: {@link MailServer} puts the running server there.
 * Stopping it makes the app's SMTP server unreachable; {@code start()} brings it back on the same port.
 */
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.FIELD)
public @interface InjectMailServer {
}
