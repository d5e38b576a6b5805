package org.industrialreporting.streams.contribution;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.industrialreporting.streams.cell.CellFigure;
import org.industrialreporting.streams.cell.Scope;
import org.junit.jupiter.api.Test;

class PendingChangesTest {

  @Test
  void aCommitPassesOnOneBatchPerPartitionEachReachingThePartitionOfItsScopes() {
    PendingChanges changes = new PendingChanges(6);
    Set<Scope> scopes = new HashSet<>();
    for (int i = 0; i < 500; i++) {
      Scope scope = i % 2 == 0 ? Scope.district("33" + (1000 + i)) : Scope.park("P" + i);
      scopes.add(scope);
      changes.cell(scope, 24_320).add(CellFigure.ENTERPRISES, 1);
      changes.cell(scope, 24_321).add(CellFigure.ENTERPRISES, 1);
    }

    List<ScopeBatch> batches = changes.drain();

    assertThat(batches).hasSize(6);
    Set<Scope> passedOn = new HashSet<>();
    for (ScopeBatch batch : batches) {
      int partition = Buckets.partitioner().partitions("scope-updates", "", batch, 6).orElseThrow().iterator().next();
      for (ScopeBatch.CellChange change : batch.cells()) {
        assertThat(Buckets.of(change.scope()) % 6).as(change.scope().key()).isEqualTo(partition);
        passedOn.add(change.scope());
      }
    }
    assertThat(passedOn).isEqualTo(scopes);
    assertThat(batches.stream().mapToInt(b -> b.cells().size()).sum()).isEqualTo(1_000);
    assertThat(changes.isEmpty()).isTrue();
  }

  @Test
  void changesThatCancelOutAreNotPassedOn() {
    PendingChanges changes = new PendingChanges(6);
    changes.cell(Scope.district("330411"), 24_320).add(CellFigure.ENTERPRISES, 1);
    changes.cell(Scope.district("330411"), 24_320).add(CellFigure.ENTERPRISES, -1);

    assertThat(changes.drain()).isEmpty();
  }
}
