package io.pairwise.analytics.persistence;

import static com.mongodb.client.model.Filters.and;
import static com.mongodb.client.model.Filters.eq;

import com.mongodb.ErrorCategory;
import com.mongodb.MongoWriteException;
import com.mongodb.client.MongoCollection;
import com.mongodb.client.model.FindOneAndUpdateOptions;
import com.mongodb.client.model.IndexOptions;
import com.mongodb.client.model.Indexes;
import com.mongodb.client.model.ReturnDocument;
import com.mongodb.client.model.Updates;
import java.time.Duration;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.bson.Document;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.stereotype.Component;

/**
 * The projections live in numbered generations of collections ({@code gen<n>_<name>}). One pointer
 * document names the current generation and the one a rebuild is filling; swapping is one atomic
 * single-document update, so readers see either the old or the new generation, never a mix.
 */
@Component
public class Generations {

    static final String POINTER_COLLECTION = "analytics_generations";
    static final String POINTER_ID = "pointer";
    static final List<String> COLLECTIONS = List.of("programs", "participants", "enrollments", "proposals",
            "mentorships", "sessions", "feedback", "goals", "notifications");

    /**
     * @param rebuilding the generation a rebuild is filling, or null
     */
    public record Pointer(int current, Integer rebuilding, int last) {
    }

    /**
     * How long a read pointer is reused. A rebuild waits longer than this between claiming its
     * generation and fixing the offsets it reads up to, so every event after those offsets is handled
     * with a pointer that names the new generation.
     */
    public static final Duration POINTER_TTL = Duration.ofSeconds(1);

    private final MongoTemplate mongo;
    private final Set<Integer> indexed = ConcurrentHashMap.newKeySet();
    private volatile Cached cached;

    /** Elapsed time, not the (business) clock: the cache is about this process's reads. */
    private record Cached(Pointer pointer, long readAtNanos) {
    }

    public Generations(MongoTemplate mongo) {
        this.mongo = mongo;
    }

    /** The pointer, read at most {@link #POINTER_TTL} ago: one store round trip less per event. */
    public Pointer pointer() {
        Cached last = cached;
        long now = System.nanoTime();
        if (last != null && now - last.readAtNanos() < POINTER_TTL.toNanos()) {
            return last.pointer();
        }
        Pointer pointer = freshPointer();
        cached = new Cached(pointer, now);
        return pointer;
    }

    private Pointer freshPointer() {
        Document found = pointers().find(eq("_id", POINTER_ID)).first();
        if (found == null) {
            try {
                pointers().insertOne(new Document("_id", POINTER_ID).append("current", 1).append("rebuilding", null)
                        .append("last", 1));
            } catch (MongoWriteException e) {
                if (e.getError().getCategory() != ErrorCategory.DUPLICATE_KEY) {
                    throw e;
                }
            }
            found = pointers().find(eq("_id", POINTER_ID)).first();
        }
        return new Pointer(found.getInteger("current"), found.getInteger("rebuilding"), found.getInteger("last"));
    }

    /** Claims a fresh generation for a rebuild; null when one is already being rebuilt. */
    public Integer startRebuild() {
        Pointer pointer = freshPointer();
        if (pointer.rebuilding() != null) {
            return null;
        }
        int next = pointer.last() + 1;
        Document claimed = pointers().findOneAndUpdate(
                and(eq("_id", POINTER_ID), eq("rebuilding", null), eq("last", pointer.last())),
                Updates.combine(Updates.set("rebuilding", next), Updates.set("last", next)),
                new FindOneAndUpdateOptions().returnDocument(ReturnDocument.AFTER));
        if (claimed == null) {
            return null;
        }
        dropAllBut(Set.of(pointer.current(), next));
        return next;
    }

    /** Makes the rebuilt generation current and drops the one it replaces. */
    public boolean swap(int generation) {
        int previous = freshPointer().current();
        Document swapped = pointers().findOneAndUpdate(and(eq("_id", POINTER_ID), eq("rebuilding", generation)),
                Updates.combine(Updates.set("current", generation), Updates.set("rebuilding", null)));
        if (swapped == null) {
            return false;
        }
        cached = null;
        drop(previous);
        return true;
    }

    /** Gives up a failed rebuild: the current generation stays, the partial one goes. */
    public void abandon(int generation) {
        pointers().updateOne(and(eq("_id", POINTER_ID), eq("rebuilding", generation)), Updates.set("rebuilding", null));
        cached = null;
        drop(generation);
    }

    MongoCollection<Document> collection(int generation, String name) {
        if (indexed.add(generation)) {
            for (String each : COLLECTIONS) {
                if (!each.equals("programs") && !each.equals("participants")) {
                    mongo.getCollection(name(generation, each)).createIndex(Indexes.ascending("programId"),
                            new IndexOptions().name("by_program"));
                }
            }
        }
        return mongo.getCollection(name(generation, name));
    }

    private void drop(int generation) {
        indexed.remove(generation);
        for (String name : COLLECTIONS) {
            mongo.getCollection(name(generation, name)).drop();
        }
    }

    /** Leftovers of abandoned rebuilds, or of a late live write into a generation already swapped out. */
    private void dropAllBut(Set<Integer> keep) {
        for (String name : mongo.getCollectionNames()) {
            if (name.startsWith("gen") && name.contains("_")) {
                String number = name.substring(3, name.indexOf('_'));
                if (number.chars().allMatch(Character::isDigit) && !keep.contains(Integer.parseInt(number))) {
                    indexed.remove(Integer.parseInt(number));
                    mongo.getCollection(name).drop();
                }
            }
        }
    }

    static String name(int generation, String collection) {
        return "gen" + generation + "_" + collection;
    }

    private MongoCollection<Document> pointers() {
        return mongo.getCollection(POINTER_COLLECTION);
    }
}
