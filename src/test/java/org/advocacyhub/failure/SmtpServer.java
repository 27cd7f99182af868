package org.advocacyhub.failure;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.GreenMailUtil;
import com.icegreen.greenmail.util.ServerSetup;
import jakarta.mail.Address;
import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * A real SMTP server (GreenMail, in the test JVM) on a fixed port, that the test stops and starts
 * again where the app expects it. GreenMail forgets its mail when stopped, so what arrived is kept here.
 */
final class SmtpServer implements AutoCloseable {

    record Received(String recipient, String subject, String messageId, String body) {
    }

    final int port = AppInstance.freePort();
    private final List<Received> before = new ArrayList<>();
    private GreenMail greenMail;

    SmtpServer start() {
        greenMail = new GreenMail(new ServerSetup(port, "127.0.0.1", ServerSetup.PROTOCOL_SMTP));
        greenMail.start();
        return this;
    }

    /** The server is gone: connections to its port are refused until start(). */
    void stop() {
        before.addAll(current());
        greenMail.stop();
        greenMail = null;
    }

    synchronized List<Received> received() {
        List<Received> all = new ArrayList<>(before);
        all.addAll(current());
        return all;
    }

    /** How many messages each address received (one entry per recipient of each message). */
    Map<String, Long> perRecipient() {
        return received().stream().collect(Collectors.groupingBy(Received::recipient, Collectors.counting()));
    }

    List<Received> to(String address) {
        return received().stream().filter(r -> r.recipient().equals(address)).toList();
    }

    private List<Received> current() {
        if (greenMail == null) {
            return List.of();
        }
        List<Received> found = new ArrayList<>();
        for (MimeMessage m : greenMail.getReceivedMessages()) {
            try {
                for (Address a : m.getAllRecipients()) {
                    found.add(new Received(a.toString(), m.getSubject(), m.getMessageID(), GreenMailUtil.getBody(m)));
                }
            } catch (MessagingException e) {
                throw new IllegalStateException(e);
            }
        }
        return found;
    }

    static <T> Map<T, Long> count(List<Received> mail, Function<Received, T> by) {
        return mail.stream().collect(Collectors.groupingBy(by, Collectors.counting()));
    }

    @Override
    public void close() {
        if (greenMail != null) {
            greenMail.stop();
        }
    }
}
