package org.advocacyhub.failure;

import java.io.IOException;
import java.net.http.HttpTimeoutException;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.IntFunction;

/**
 * Several people signing at once, each with an e-mail address never used before, until stopped.
 * Records what each attempt got: a 303 (the thank-you page: the signature must be stored), another
 * status, or no answer at all (connection refused or cut: the app was down).
 */
final class SigningLoad implements AutoCloseable {

    /** Every answer that is neither the thank-you redirect nor a 503 page, for the assertion message. */
    record Odd(String email, int status, String body) {
    }

    final AtomicLong sent = new AtomicLong();
    final AtomicLong noAnswer = new AtomicLong();
    /** Addresses whose POST was answered with the 303 to the thank-you page. */
    final Set<String> thanked = ConcurrentHashMap.newKeySet();
    /** Addresses whose signing was attempted (the POST, or the page before it, was sent). */
    final Set<String> attempted = ConcurrentHashMap.newKeySet();
    final Map<Integer, AtomicLong> statuses = new ConcurrentHashMap<>();
    final List<Odd> odd = new CopyOnWriteArrayList<>();
    /** Bodies of 503 answers, checked for the friendly page. */
    final List<String> unavailableBodies = new CopyOnWriteArrayList<>();

    private final AtomicBoolean running = new AtomicBoolean(true);
    private final List<Thread> threads = new CopyOnWriteArrayList<>();
    private final AtomicInteger next = new AtomicInteger();
    private final String run;

    /**
     * Starts {@code threads} signers; signer i sends to the base URL {@code target.apply(i)} (read before
     * each signature, so a test may point them elsewhere), on the petition {@code slug}.
     */
    SigningLoad(String run, int threads, IntFunction<String> target, String slug) {
        this.run = run;
        for (int i = 0; i < threads; i++) {
            int signer = i;
            Thread t = Thread.ofPlatform().name("signer-" + i).start(() -> sign(signer, target, slug));
            this.threads.add(t);
        }
    }

    private void sign(int signer, IntFunction<String> target, String slug) {
        Visitor visitor = new Visitor();
        while (running.get()) {
            String email = "load-" + run + "-" + next.incrementAndGet() + "@failure.test";
            attempted.add(email);
            sent.incrementAndGet();
            try {
                Visitor.Answer answer = visitor.sign(target.apply(signer), slug, email);
                int status = answer.status();
                record(email, status, answer.body());
                statuses.computeIfAbsent(status, s -> new AtomicLong()).incrementAndGet();
                if (status == 303) {
                    thanked.add(email);
                }
            } catch (HttpTimeoutException e) {
                noAnswer.incrementAndGet();
            } catch (IOException e) {
                noAnswer.incrementAndGet();
                // The app is down: do not spin on refused connections. A fresh visitor after it.
                pause(100);
                visitor = new Visitor();
            } catch (InterruptedException e) {
                return;
            }
        }
    }

    /** Keeps the body of an answer other than 303, for the checks. */
    private void record(String email, int status, String body) {
        if (status == 503) {
            unavailableBodies.add(body);
        } else if (status != 303) {
            odd.add(new Odd(email, status, body));
        }
    }

    long answered() {
        return statuses.values().stream().mapToLong(AtomicLong::get).sum();
    }

    long status(int code) {
        AtomicLong n = statuses.get(code);
        return n == null ? 0 : n.get();
    }

    void waitForThanks(long atLeast, long timeoutMillis) throws InterruptedException {
        long end = System.currentTimeMillis() + timeoutMillis;
        while (thanked.size() < atLeast && System.currentTimeMillis() < end) {
            Thread.sleep(50);
        }
        if (thanked.size() < atLeast) {
            throw new AssertionError("only " + thanked.size() + " signatures answered within " + timeoutMillis + " ms, wanted "
                    + atLeast + "; statuses " + statuses);
        }
    }

    @Override
    public void close() throws InterruptedException {
        running.set(false);
        for (Thread t : threads) {
            t.join(60_000);
        }
    }

    private static void pause(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
