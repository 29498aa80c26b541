package dev.urakata.config.storage;

import org.h2.engine.SessionLocal;
import org.h2.jdbc.JdbcConnection;
import org.h2.mvstore.MVMap;
import org.h2.mvstore.MVStore;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.atomic.AtomicBoolean;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * After a burst of writes, housekeeping rounds give the disk back what the store no longer uses as soon as the store
 * is quiet, and an idle compact store is left as it is; commits that come during a round are kept.
 */
class StoreFileCompactionTest {

    @TempDir
    Path dir;

    /**
     * Checked to fail with rounds that only rewrite sparse chunks (the file kept the size the burst left behind), and
     * with rounds that wait for H2's retention time (the same).
     */
    @Test
    void afterABurstOfOverwritesTheFileShrinksToNearItsLiveDataAtOnceAndTheDataIsIntact() throws Exception {
        Path file = dir.resolve("store.mv.db");
        try (MVStore store = new MVStore.Builder().fileName(file.toString()).autoCommitDisabled().compress().open()) {
            MVMap<String, String> map = store.openMap("documents");
            for (int commit = 0; commit < 2_000; commit++) { // one commit per write, as the stores make them
                map.put("doc-" + (commit % 50), "version " + commit + " " + "x".repeat(200));
                store.commit();
            }
            long afterBurst = Files.size(file);

            StoreFileCompaction compaction = new StoreFileCompaction();
            for (int round = 0; round < 3; round++) { // the first finds writes, the next ones a quiet store
                compaction.round(store, false);
            }
            long atRest = Files.size(file);
            for (int round = 0; round < 5; round++) {
                compaction.round(store, false);
            }

            assertThat(atRest).isLessThan(afterBurst / 5);
            assertThat(Files.size(file)).as("an idle store stays as it is").isLessThanOrEqualTo(atRest);
            assertThat(map).hasSize(50);
            assertThat(map.get("doc-49")).startsWith("version 1999 ");
        }
        try (MVStore reopened = new MVStore.Builder().fileName(file.toString()).readOnly().open()) {
            MVMap<String, String> map = reopened.openMap("documents");
            assertThat(map.get("doc-0")).startsWith("version 1950 ");
        }
    }

    /**
     * A store whose rounds nothing else commits beside (the embedded MongoDB-wire server's) also rewrites chunks
     * younger than H2's retention time once quiet: right after a load that left its chunks three quarters dead, the file holds little more than its live data, and the data is intact. (Checked to fail on a store that
     * may commit beside its rounds, whose young chunks wait out the retention time: the chunks stay a quarter full.)
     */
    @Test
    void anExclusiveStoreRewritesItsYoungSparseChunksOnceQuiet() throws Exception {
        Path file = dir.resolve("young.mv.db");
        // Small pages, so that each commit's chunk holds many of them and a later change to some of its documents
        // leaves it partly live (with H2's 16 KB pages every leaf of a chunk was rewritten and the chunk freed whole).
        try (MVStore store = new MVStore.Builder().fileName(file.toString()).autoCommitDisabled().compress()
                .pageSplitSize(1024).open()) {
            MVMap<Integer, String> map = store.openMap("documents");
            for (int key = 0; key < 4_000; key++) {
                map.put(key, "document " + key + " " + Integer.toHexString(key * 7919).repeat(30));
                if (key % 100 == 99) {
                    store.commit();
                }
            }
            for (int key = 0; key < 4_000; key++) {
                if (key % 100 < 75) {
                    map.put(key, "changed " + key);
                }
            }
            store.commit();
            int fillAfterLoad = store.getFileStore().getChunksFillRate();

            StoreFileCompaction compaction = new StoreFileCompaction(true);
            for (int round = 0; round < 4; round++) { // the first finds writes, the next ones a quiet store
                compaction.round(store, false);
            }

            assertThat(fillAfterLoad).isLessThan(40);
            assertThat(store.getFileStore().getChunksFillRate()).isGreaterThanOrEqualTo(80);
            assertThat(map).hasSize(4_000);
            assertThat(map.get(3_996)).startsWith("document 3996 ");
        }
        try (MVStore reopened = new MVStore.Builder().fileName(file.toString()).readOnly().open()) {
            MVMap<Integer, String> map = reopened.openMap("documents");
            assertThat(map.get(475)).startsWith("document 475 ");
            assertThat(map.get(474)).isEqualTo("changed 474");
        }
    }

    /**
     * The event database is shared with H2's SQL engine: rounds run while transactions commit beside them. Every
     * committed row is there afterwards, in the open database and once it is opened again, and the database stays
     * open. (Rounds are run back to back while a writer commits every few milliseconds, so that many rounds find the
     * store quiet and a commit falls in the middle of their work.)
     */
    @Test
    void roundsBesideCommittingSqlTransactionsLoseNothingAndLeaveTheDatabaseOpen() throws Exception {
        String url = "jdbc:h2:file:" + dir.resolve("events") + ";WRITE_DELAY=0;COMPRESS=TRUE";
        int rows;
        try (Connection connection = DriverManager.getConnection(url, "sa", "")) {
            try (Statement ddl = connection.createStatement()) {
                ddl.execute("CREATE TABLE entry (id INT PRIMARY KEY, payload VARCHAR(1000))");
            }
            MVStore store = ((SessionLocal) connection.unwrap(JdbcConnection.class).getSession()).getDatabase()
                    .getStore().getMvStore();
            try (PreparedStatement insert = connection.prepareStatement("INSERT INTO entry VALUES (?, ?)")) {
                for (int id = 0; id < 3_000; id++) { // a burst that leaves sparse chunks behind
                    insert.setInt(1, id);
                    insert.setString(2, "payload " + id + " " + "y".repeat(300));
                    insert.executeUpdate();
                }
            }
            try (Statement delete = connection.createStatement()) {
                delete.executeUpdate("DELETE FROM entry WHERE MOD(id, 3) <> 0");
            }
            AtomicBoolean done = new AtomicBoolean();
            CompletableFuture<Integer> writer = CompletableFuture.supplyAsync(() -> {
                int id = 100_000;
                try (Connection own = DriverManager.getConnection(url, "sa", "");
                     PreparedStatement insert = own.prepareStatement("INSERT INTO entry VALUES (?, ?)")) {
                    while (!done.get()) {
                        insert.setInt(1, id++);
                        insert.setString(2, "late " + id + " " + "z".repeat(300));
                        insert.executeUpdate();
                        Thread.sleep(id % 7);
                    }
                } catch (Exception e) {
                    throw new IllegalStateException(e);
                }
                return id - 100_000;
            });
            StoreFileCompaction compaction = new StoreFileCompaction();
            for (int round = 0; round < 400; round++) {
                compaction.round(store, false);
            }
            done.set(true);
            int late = writer.get();
            rows = 1_000 + late;
            assertThat(store.isClosed()).isFalse();
            assertThat(count(connection)).isEqualTo(rows);
        }
        try (Connection reopened = DriverManager.getConnection(url, "sa", "")) {
            assertThat(count(reopened)).isEqualTo(rows);
        }
    }

    private static int count(Connection connection) throws Exception {
        try (Statement query = connection.createStatement();
             ResultSet result = query.executeQuery("SELECT COUNT(*) FROM entry")) {
            result.next();
            return result.getInt(1);
        }
    }
}
