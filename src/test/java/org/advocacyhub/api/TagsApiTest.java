package org.advocacyhub.api;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import org.advocacyhub.supporter.Segment;
import org.advocacyhub.supporter.Supporter;
import org.advocacyhub.supporter.Tag;
import org.junit.jupiter.api.Test;

/** Tags, taggings and segments (as lists) through OSDI: read for every key, tag and untag only with write. */
@QuarkusTest
class TagsApiTest {

    @Test
    void tagsAndTaggingsAreReadByAnyKeyAndChangedOnlyWithTheWriteScope() {
        String t = ApiFixtures.unique("tg");
        long[] ids = QuarkusTransaction.requiringNew().call(() -> {
            long ann = Supporter.upsert(t + "-ann@example.org", "Ann", "Tagged", "05401", null, null).id;
            long bob = Supporter.upsert(t + "-bob@example.org", "Bob", "Later", "05401", null, null).id;
            long tag = Tag.named(t + " drivers").id;
            Tag.add(tag, ann, "test");
            return new long[] {ann, bob, tag};
        });
        long ann = ids[0];
        long bob = ids[1];
        long tag = ids[2];
        String read = ApiFixtures.key("tags read", false, false);
        String write = ApiFixtures.key("tags write", true, false);

        ApiFixtures.withKey(read).get("/api/v1/tags/" + tag).then().statusCode(200).body("name", equalTo(t + " drivers"));
        ApiFixtures.withKey(read).get("/api/v1/tags?per_page=100").then().statusCode(200)
                .body("_embedded.'osdi:tags'.name", hasItem(t + " drivers"));
        ApiFixtures.withKey(read).get("/api/v1/tags/" + tag + "/taggings").then().statusCode(200).body("total_records", equalTo(1))
                .body("_embedded.'osdi:taggings'[0]._links.'osdi:person'.href", containsString("/api/v1/people/" + ann));
        ApiFixtures.withKey(read).get("/api/v1/tags/" + tag + "/taggings/" + bob).then().statusCode(404);

        String body = "{\"_links\": {\"osdi:person\": {\"href\": \"http://localhost/api/v1/people/" + bob + "\"}}}";
        ApiFixtures.withKey(read).contentType("application/json").body(body).post("/api/v1/tags/" + tag + "/taggings")
                .then().statusCode(403).body(containsString("insufficient_scope"));
        ApiFixtures.withKey(read).delete("/api/v1/tags/" + tag + "/taggings/" + ann).then().statusCode(403);
        assertEquals(1, taggings(tag), "a read-only key changes nothing");

        ApiFixtures.withKey(write).contentType("application/json").body(body).post("/api/v1/tags/" + tag + "/taggings")
                .then().statusCode(201).body("_links.'osdi:person'.href", containsString("/people/" + bob));
        ApiFixtures.withKey(write).contentType("application/json").body("{\"person_id\": " + bob + "}")
                .post("/api/v1/tags/" + tag + "/taggings").then().statusCode(200);
        ApiFixtures.withKey(write).contentType("application/json").body("{\"nobody\": 1}")
                .post("/api/v1/tags/" + tag + "/taggings").then().statusCode(400);
        assertEquals(2, taggings(tag));
        assertEquals(1, audits("TAG", "supporter:" + bob), "tagged once, logged once, under the key's name");

        ApiFixtures.withKey(write).delete("/api/v1/tags/" + tag + "/taggings/" + ann).then().statusCode(204);
        ApiFixtures.withKey(write).delete("/api/v1/tags/" + tag + "/taggings/" + ann).then().statusCode(404);
        assertEquals(1, taggings(tag));
        assertEquals(1, audits("UNTAG", "supporter:" + ann));
    }

    @Test
    void segmentsAreListsOfWhoMatchesNow() {
        String t = ApiFixtures.unique("ls");
        long[] ids = QuarkusTransaction.requiringNew().call(() -> {
            long es = Supporter.upsert(t + "-es@example.org", "Eva", "Lista", "05401", null, null, "es").id;
            long en = Supporter.upsert(t + "-en@example.org", "Ed", "Lista", "05401", null, null, "en").id;
            Segment s = new Segment();
            s.name = "List " + t;
            s.query = "q=" + t + "&language=es";
            s.createdBy = "test";
            s.persist();
            return new long[] {es, en, s.id};
        });
        String read = ApiFixtures.key("lists read", false, false);
        ApiFixtures.withKey(read).get("/api/v1/lists/" + ids[2]).then().statusCode(200).body("name", equalTo("List " + t));
        ApiFixtures.withKey(read).get("/api/v1/lists/" + ids[2] + "/items").then().statusCode(200).body("total_records", equalTo(1))
                .body("_embedded.'osdi:items'[0]._links.'osdi:person'.href", containsString("/people/" + ids[0]))
                .body(not(containsString("/people/" + ids[1] + "\"")));
    }

    static long taggings(long tag) {
        return ApiFixtures.count("SELECT count(*) FROM supporter_tag WHERE tag_id = ?1", tag);
    }

    static long audits(String action, String subject) {
        return ApiFixtures.count("SELECT count(*) FROM audit_entry WHERE action = ?1 AND subject = ?2", action, subject);
    }
}
