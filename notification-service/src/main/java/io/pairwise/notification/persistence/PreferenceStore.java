package io.pairwise.notification.persistence;

import io.pairwise.contracts.notification.NotificationChannel;
import io.pairwise.notification.domain.ChatWebhook;
import io.pairwise.notification.domain.NotificationType;
import io.pairwise.notification.domain.Preferences;
import io.pairwise.notification.domain.QuietHours;
import java.time.LocalTime;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.bson.Document;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.stereotype.Component;

/** The {@code preferences} collection: one document per person; none means the defaults. */
@Component
public class PreferenceStore {

    static final String COLLECTION = "preferences";

    private final MongoTemplate mongo;

    public PreferenceStore(MongoTemplate mongo) {
        this.mongo = mongo;
    }

    public Preferences find(String recipientId) {
        Document d = mongo.findOne(byId(recipientId), Document.class, COLLECTION);
        return d == null ? Preferences.defaults(recipientId) : read(d);
    }

    public void save(Preferences preferences) {
        Document channels = new Document();
        preferences.channels().forEach((type, chosen) ->
                channels.append(type.key(), chosen.stream().map(Enum::name).sorted().toList()));
        Document d = new Document("_id", preferences.recipientId())
                .append("channels", channels)
                .append("dailyDigest", preferences.dailyDigest())
                .append("digestAt", preferences.digestAt().toString());
        if (preferences.quietHours() != null) {
            d.append("quietStart", preferences.quietHours().start().toString())
                    .append("quietEnd", preferences.quietHours().end().toString());
        }
        if (preferences.webhook() != null) {
            d.append("webhookFormat", preferences.webhook().format().name())
                    .append("webhookUrl", preferences.webhook().url());
        }
        mongo.save(d, COLLECTION);
    }

    public void erase(String recipientId) {
        mongo.remove(byId(recipientId), COLLECTION);
    }

    private static Query byId(String id) {
        return Query.query(Criteria.where("_id").is(id));
    }

    @SuppressWarnings("unchecked")
    private static Preferences read(Document d) {
        Map<NotificationType, Set<NotificationChannel>> channels = new EnumMap<>(NotificationType.class);
        Document stored = d.get("channels", Document.class);
        if (stored != null) {
            stored.forEach((key, value) -> NotificationType.byKey(key).ifPresent(type -> {
                Set<NotificationChannel> chosen = EnumSet.noneOf(NotificationChannel.class);
                ((List<String>) value).forEach(name -> chosen.add(NotificationChannel.valueOf(name)));
                channels.put(type, chosen);
            }));
        }
        QuietHours quiet = d.getString("quietStart") == null ? null
                : new QuietHours(LocalTime.parse(d.getString("quietStart")), LocalTime.parse(d.getString("quietEnd")));
        ChatWebhook webhook = d.getString("webhookUrl") == null ? null
                : new ChatWebhook(ChatWebhook.Format.valueOf(d.getString("webhookFormat")), d.getString("webhookUrl"));
        return new Preferences(d.getString("_id"), channels, quiet, Boolean.TRUE.equals(d.getBoolean("dailyDigest")),
                LocalTime.parse(d.getString("digestAt")), webhook);
    }
}
