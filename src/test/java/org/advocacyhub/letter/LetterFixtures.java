package org.advocacyhub.letter;

import io.quarkus.narayana.jta.QuarkusTransaction;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;

/** Campaigns and form posts the letter tests share. */
final class LetterFixtures {

    static final String BODY = """
            Dear {legislator.title} {legislator.lastName},

            I am {supporter.firstName} {supporter.lastName} from {supporter.city}, {legislator.state} {supporter.zip}.
            Please fund MS research, {legislator.fullName}.""";

    private static final AtomicInteger SEQ = new AtomicInteger();

    private LetterFixtures() {
    }

    static LetterCampaign open(String title, Targets targets) {
        return QuarkusTransaction.requiringNew().call(() -> {
            LetterCampaign c = new LetterCampaign();
            c.title = title;
            c.slug = CampaignForm.slugOf(title) + "-" + SEQ.incrementAndGet() + "-" + System.nanoTime() % 100_000;
            c.intro = "Congress decides on MS research funding this spring.";
            c.talkingPoints = "Say why research matters to you.";
            c.chambers = targets;
            c.subjectTemplate = "{supporter.firstName} asks {legislator.title} {legislator.lastName} to fund MS research";
            c.bodyTemplate = BODY;
            c.status = CampaignStatus.OPEN;
            c.persist();
            return c;
        });
    }

    /** Other tests expect the letters page in its empty state: a test class closes what it opened. */
    static void closeAll() {
        // Through the entities, as the app would: the public letters pages (kept a few seconds) hear of it.
        QuarkusTransaction.requiringNew().run(() -> LetterCampaign.<LetterCampaign>list("status", CampaignStatus.OPEN)
                .forEach(c -> c.status = CampaignStatus.CLOSED));
    }

    static Map<String, String> writer(String email, String zip) {
        Map<String, String> f = new HashMap<>();
        f.put("firstName", "Alex");
        f.put("lastName", "Moreau");
        f.put("email", email);
        f.put("street", "12 Pearl Street");
        f.put("city", "Burlington");
        f.put("zip", zip);
        return f;
    }

    static List<Letter> letters(LetterCampaign c) {
        return QuarkusTransaction.requiringNew().call(() -> Letter.<Letter>list("campaign.id = ?1 order by id", c.id)
                .stream().peek(l -> l.legislator.lastName.length()).toList());
    }
}
