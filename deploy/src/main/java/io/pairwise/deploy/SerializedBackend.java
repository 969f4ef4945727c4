package io.pairwise.deploy;

import de.bwaldvogel.mongo.MongoBackend;
import de.bwaldvogel.mongo.MongoDatabase;
import de.bwaldvogel.mongo.MongoVersion;
import de.bwaldvogel.mongo.backend.QueryResult;
import de.bwaldvogel.mongo.bson.Document;
import de.bwaldvogel.mongo.wire.message.MongoMessage;
import de.bwaldvogel.mongo.wire.message.MongoQuery;
import io.netty.channel.Channel;
import java.time.Clock;
import java.util.Collection;
import java.util.List;

/**
 * Applies one operation at a time. The wire-compatible store's backends are not safe under
 * concurrent writes to one collection: an insert racing an update that touches the same index
 * ({@code outbox.status}, written by every service's relay) failed now and then with the store's
 * "Unknown error: null". A real MongoDB needs none of this; for the embedded store, one lock
 * costs little and makes every operation atomic, as a service may expect of a single document write.
 */
final class SerializedBackend implements MongoBackend {

    private final MongoBackend delegate;

    SerializedBackend(MongoBackend delegate) {
        this.delegate = delegate;
    }

    @Override
    public synchronized void handleClose(Channel channel) {
        delegate.handleClose(channel);
    }

    @Override
    public synchronized Document handleCommand(Channel channel, String database, String command, Document query) {
        return delegate.handleCommand(channel, database, command, query);
    }

    @Override
    public synchronized QueryResult handleQuery(MongoQuery query) {
        return delegate.handleQuery(query);
    }

    @Override
    public synchronized Document handleMessage(MongoMessage message) {
        return delegate.handleMessage(message);
    }

    @Override
    public synchronized void dropDatabase(String database) {
        delegate.dropDatabase(database);
    }

    @Override
    public synchronized Collection<Document> getCurrentOperations(MongoQuery query) {
        return delegate.getCurrentOperations(query);
    }

    @Override
    public synchronized Document getServerStatus() {
        return delegate.getServerStatus();
    }

    @Override
    public synchronized void close() {
        delegate.close();
    }

    @Override
    public synchronized void closeCursors(List<Long> cursorIds) {
        delegate.closeCursors(cursorIds);
    }

    @Override
    public Clock getClock() {
        return delegate.getClock();
    }

    @Override
    public synchronized void enableOplog() {
        delegate.enableOplog();
    }

    @Override
    public synchronized void disableOplog() {
        delegate.disableOplog();
    }

    @Override
    public synchronized MongoDatabase resolveDatabase(String database) {
        return delegate.resolveDatabase(database);
    }

    @Override
    public MongoBackend version(MongoVersion version) {
        delegate.version(version);
        return this;
    }
}
