package org.industrialreporting.dashboard.view;

import java.util.List;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.locks.ReadWriteLock;
import java.util.concurrent.locks.ReentrantReadWriteLock;
import java.util.function.Function;

/**
 * The dashboard's read model: a {@link View} that the view consumer changes a polled batch at a time and that the
 * API reads. A query sees the view between two batches, never half of one, and many queries run at once.
 */
public final class ReadModel {

  private final ReadWriteLock lock = new ReentrantReadWriteLock();
  private final View view;
  private final AtomicLong version = new AtomicLong();

  public ReadModel(DistrictNames districtNames) {
    this.view = new View(districtNames);
  }

  /** Applies a batch of records in order, as one change; the version moves when the batch can change the view. */
  public void apply(List<ViewRecord> batch) {
    if (batch.isEmpty()) {
      return;
    }
    lock.writeLock().lock();
    try {
      boolean changed = false;
      for (ViewRecord record : batch) {
        changed |= view.apply(record);
      }
      if (changed) {
        version.incrementAndGet();
      }
    } finally {
      lock.writeLock().unlock();
    }
  }

  /**
   * Runs a query on a consistent view. The records it holds (parks, rollups, alerts) are never changed once read, so
   * an answer may keep them; its collections change after the call, so an answer must copy what it takes of them.
   */
  public <T> T read(Function<View, T> query) {
    lock.readLock().lock();
    try {
      return query.apply(view);
    } finally {
      lock.readLock().unlock();
    }
  }

  /** A number that grows with every applied batch, so that clients can tell that something changed. */
  public long version() {
    return version.get();
  }
}
