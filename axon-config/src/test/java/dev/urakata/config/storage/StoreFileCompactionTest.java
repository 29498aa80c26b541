package dev.urakata.config.storage;

import org.h2.mvstore.MVMap;
import org.h2.mvstore.MVStore;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * After a burst of writes, housekeeping rounds give the disk back what the store no longer uses, and an idle compact
 * store is left as it is. (Checked to fail with rounds that only rewrite sparse chunks, as before: the file kept the
 * size the burst left behind.)
 */
class StoreFileCompactionTest {

    @TempDir
    Path dir;

    @Test
    void afterABurstOfOverwritesTheFileShrinksToNearItsLiveDataAndTheDataIsIntact() throws Exception {
        Path file = dir.resolve("store.mv.db");
        try (MVStore store = new MVStore.Builder().fileName(file.toString()).autoCommitDisabled().compress().open()) {
            MVMap<String, String> map = store.openMap("documents");
            for (int commit = 0; commit < 2_000; commit++) { // one commit per write, as the stores make them
                map.put("doc-" + (commit % 50), "version " + commit + " " + "x".repeat(200));
                store.commit();
            }
            long afterBurst = Files.size(file);
            store.setRetentionTime(0); // as if H2's 45 s had passed since the burst, which the test does not wait for

            StoreFileCompaction compaction = new StoreFileCompaction();
            for (int round = 0; round < 50; round++) {
                compaction.round(store);
            }
            long atRest = Files.size(file);
            for (int round = 0; round < 5; round++) {
                compaction.round(store);
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
}
