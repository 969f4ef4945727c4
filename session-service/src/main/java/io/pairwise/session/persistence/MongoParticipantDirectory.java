package io.pairwise.session.persistence;

import com.mongodb.client.model.Filters;
import com.mongodb.client.model.ReplaceOptions;
import io.pairwise.session.domain.ParticipantDirectory;
import io.pairwise.session.domain.Person;
import java.util.Collection;
import java.util.HashMap;
import java.util.Map;
import org.bson.Document;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.stereotype.Component;

@Component
class MongoParticipantDirectory implements ParticipantDirectory {

    static final String COLLECTION = "participants";

    private final MongoTemplate mongo;

    MongoParticipantDirectory(MongoTemplate mongo) {
        this.mongo = mongo;
    }

    @Override
    public Map<String, Person> findAll(Collection<String> participantIds) {
        Map<String, Person> people = new HashMap<>();
        for (Document doc : mongo.getCollection(COLLECTION).find(Filters.in("_id", participantIds))) {
            people.put(doc.getString("_id"), new Person(doc.getString("_id"), doc.getString("displayName"),
                    doc.getString("email"), doc.getString("timeZone")));
        }
        return people;
    }

    @Override
    public void save(Person person) {
        mongo.getCollection(COLLECTION).replaceOne(Filters.eq("_id", person.participantId()),
                new Document("_id", person.participantId()).append("displayName", person.displayName())
                        .append("email", person.email()).append("timeZone", person.timeZone()),
                new ReplaceOptions().upsert(true));
    }

    @Override
    public void remove(String participantId) {
        mongo.getCollection(COLLECTION).deleteOne(Filters.eq("_id", participantId));
    }
}
