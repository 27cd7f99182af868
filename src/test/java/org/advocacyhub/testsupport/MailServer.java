package org.advocacyhub.testsupport;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;
import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.util.Map;

/**
 * A real SMTP server (GreenMail) on 127.0.0.1, on a port free at start: other test runs may share the
 * machine. The app's mailer is pointed at it; tests reach it through a field marked
 * {@link InjectMailServer}. The server is built with that fixed port, so {@code stop()} then
 * {@code start()} brings it back where the mailer expects it.
 */
public class MailServer implements QuarkusTestResourceLifecycleManager {

    static final String HOST = "127.0.0.1";

    private GreenMail greenMail;

    @Override
    public Map<String, String> start() {
        IllegalStateException lastFailure = null;
        // Another process may take the port between our probe and GreenMail's bind: try a few.
        for (int attempt = 0; attempt < 5; attempt++) {
            GreenMail candidate = new GreenMail(new ServerSetup(freePort(), HOST, ServerSetup.PROTOCOL_SMTP));
            try {
                candidate.start();
                greenMail = candidate;
                return Map.of(
                        "quarkus.mailer.host", HOST,
                        "quarkus.mailer.port", String.valueOf(greenMail.getSmtp().getPort()),
                        "quarkus.mailer.start-tls", "DISABLED",
                        "quarkus.mailer.mock", "false");
            } catch (IllegalStateException e) {
                candidate.stop();
                lastFailure = e;
            }
        }
        throw lastFailure;
    }

    @Override
    public void inject(TestInjector testInjector) {
        testInjector.injectIntoFields(greenMail,
                new TestInjector.AnnotatedAndMatchesType(InjectMailServer.class, GreenMail.class));
    }

    @Override
    public void stop() {
        if (greenMail != null) {
            greenMail.stop();
        }
    }

    private static int freePort() {
        try (ServerSocket probe = new ServerSocket(0, 1, InetAddress.getByName(HOST))) {
            return probe.getLocalPort();
        } catch (IOException e) {
            throw new IllegalStateException("no free port on " + HOST, e);
        }
    }
}
