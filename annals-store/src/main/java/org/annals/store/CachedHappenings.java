package org.annals.store;

import java.sql.SQLException;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The writer's view of the linked events, partitioned by type and month of the first day. A partition is read from
 * the store once, with one query, and then kept up to date with the events the writer commits, so a lookup costs
 * in-memory work for the events of that type on those days, however large the store. At most {@link #PARTITIONS}
 * partitions are held, the least recently used dropped first. DuckDB does not use an ART index for these range
 * lookups, so partitions do the index's job. Not thread-safe (the store serialises puts).
 */
final class CachedHappenings implements HappeningCandidates {
    static final int PARTITIONS = 512;

    private record Partition(String type, YearMonth month) {}

    private final StoredHappenings store;
    private final Map<Partition, LinkedEvents> partitions = new LinkedHashMap<>(64, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<Partition, LinkedEvents> eldest) {
            return size() > PARTITIONS;
        }
    };

    CachedHappenings(StoredHappenings store) {
        this.store = store;
    }

    @Override
    public List<LinkableEvent> near(String type, LocalDate from, LocalDate to) throws SQLException {
        List<LinkableEvent> found = new ArrayList<>();
        for (YearMonth month = YearMonth.from(from); !month.isAfter(YearMonth.from(to)); month = month.plusMonths(1)) {
            found.addAll(partition(type, month).near(type, from, to));
        }
        return found;
    }

    private LinkedEvents partition(String type, YearMonth month) throws SQLException {
        Partition key = new Partition(type, month);
        LinkedEvents cached = partitions.get(key);
        if (cached != null) {
            return cached;
        }
        LinkedEvents loaded = new LinkedEvents();
        store.month(type, month).forEach(loaded::add);
        partitions.put(key, loaded);
        return loaded;
    }

    /** Adds events once their transaction has committed; a partition not held is read fresh when next needed. */
    void committed(List<LinkableEvent> events) {
        for (LinkableEvent event : events) {
            if (event.isDated()) {
                LinkedEvents held = partitions.get(new Partition(event.type(), YearMonth.from(event.start())));
                if (held != null) {
                    held.add(event);
                }
            }
        }
    }

    /** Forgets every partition, after stored events were replaced; each is read again when next needed. */
    void clear() {
        partitions.clear();
    }
}
