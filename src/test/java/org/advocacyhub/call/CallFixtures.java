package org.advocacyhub.call;

import io.quarkus.arc.Arc;
import io.quarkus.narayana.jta.QuarkusTransaction;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import org.advocacyhub.letter.CampaignStatus;
import org.advocacyhub.letter.Targets;
import org.advocacyhub.web.BotCheck;

/** Call campaigns and callers the call tests share. */
public final class CallFixtures {

    public static final String SCRIPT = """
            Hello, my name is {caller.firstName} from {caller.city}, {legislator.state}.
            Please tell {legislator.title} {legislator.firstName} {legislator.lastName} ({legislator.fullName}) to fund MS research.""";

    private static final AtomicInteger SEQ = new AtomicInteger();

    private CallFixtures() {
    }

    public static CallCampaign open(String title, Targets targets) {
        return QuarkusTransaction.requiringNew().call(() -> {
            CallCampaign c = new CallCampaign();
            c.title = title;
            c.slug = org.advocacyhub.web.Text.slug(title, 50) + "-" + SEQ.incrementAndGet() + "-" + System.nanoTime() % 100_000;
            c.why = "Congress decides on MS research funding this spring.";
            c.script = SCRIPT;
            c.chambers = targets;
            c.status = CampaignStatus.OPEN;
            c.persist();
            return c;
        });
    }

    public static void closeAll() {
        QuarkusTransaction.requiringNew().run(() -> CallCampaign.<CallCampaign>list("status", CampaignStatus.OPEN)
                .forEach(c -> c.status = CampaignStatus.CLOSED));
    }

    /** A caller's details, with a "started" time long enough ago to look like a person's. */
    public static Map<String, String> caller(String zip) {
        Map<String, String> f = new HashMap<>();
        f.put("firstName", "Robin");
        f.put("city", "Burlington");
        f.put("zip", zip);
        f.put("started", Arc.container().instance(BotCheck.class).get().startedToken(CallPages.FORM_STARTED,
                Instant.now().minusSeconds(60)));
        return f;
    }

    public static long rows(CallCampaign c) {
        return QuarkusTransaction.requiringNew().call(() -> Call.count("campaign.id", c.id));
    }
}
