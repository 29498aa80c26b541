package dev.urakata.config.storage;

import org.h2.engine.Constants;
import org.h2.mvstore.MVStore;
import org.h2.mvstore.MVStoreTool;
import org.h2.store.fs.FileUtils;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.function.UnaryOperator;

/**
 * Rewrites an embedded store file (the read-model file, or the event database's after an erasure) so that it holds
 * only live data.
 *
 * <p>The embedded MongoDB-wire server keeps its databases in an H2 MVStore file, which is append-only: a document
 * that is overwritten or deleted stays readable in the file's older pages until they happen to be reused. After a
 * crypto-shredding erasure that would leave the erased person's name in those pages, and the destroyed key with
 * it. The store cannot be rewritten while the server holds it open, and compacting it in place moves live pages
 * without wiping the free ones (tried: the old copies survive). Copying the live pages into a new file and
 * replacing the old one does wipe them, so this runs before the server opens the file, on every start.
 *
 * <p>The copy goes to a temporary file that replaces the original only once complete; a start interrupted in the
 * middle leaves a temporary file that {@link MVStoreTool#compactCleanUp} resolves on the next start.
 */
public final class StoreFileRewrite {

    private static final Logger log = LoggerFactory.getLogger(StoreFileRewrite.class);
    private static final String REQUEST_SUFFIX = ".rewrite-requested";

    private StoreFileRewrite() {
    }

    /**
     * Asks for {@code file} to be rewritten before it is next opened ({@link #rewriteIfRequested}): the event
     * database holds the privacy keys, and a destroyed key stays in its old pages until then. A marker file beside
     * it, because the request must outlive this process.
     */
    public static void requestFor(Path file) {
        try {
            Files.writeString(request(file), "requested by an erasure\n");
        } catch (java.io.IOException e) {
            log.error("Cannot mark {} for a rewrite: the destroyed key stays in its old pages until one happens",
                    file, e);
        }
    }

    /** Rewrites {@code file} if {@link #requestFor} asked for it, then clears the request. */
    static void rewriteIfRequested(Path file) {
        Path request = request(file);
        if (Files.exists(request)) {
            rewrite(file, MVStore.Builder::compress);
            try {
                Files.delete(request);
            } catch (java.io.IOException e) {
                log.warn("Cannot remove {}: the file will be rewritten again on the next start", request, e);
            }
        }
    }

    private static Path request(Path file) {
        return file.resolveSibling(file.getFileName() + REQUEST_SUFFIX);
    }

    /**
     * Rewrites {@code file} in place with only its live pages, compressed by {@code compression} as the store that
     * opens it next writes them: {@link DurableH2Backend#compressed} for the read-model file, LZF
     * ({@code MVStore.Builder::compress}) for the event database, which H2 opens with LZF. A missing file is left
     * alone.
     */
    static void rewrite(Path file, UnaryOperator<MVStore.Builder> compression) {
        String name = file.toString();
        MVStoreTool.compactCleanUp(name);
        if (!Files.exists(file)) {
            return;
        }
        long before = size(file);
        long started = System.nanoTime();
        // H2's own MVStoreTool.compact(name, compress) offers LZF only; this is the same copy with the target's
        // compression chosen, into the temporary file that compactCleanUp removes should a start stop half-way.
        String temporary = name + Constants.SUFFIX_MV_STORE_TEMP_FILE;
        FileUtils.delete(temporary);
        try (MVStore source = new MVStore.Builder().fileName(name).readOnly().open()) {
            try (MVStore copy = compression.apply(new MVStore.Builder().fileName(temporary)).open()) {
                MVStoreTool.compact(source, copy);
            }
        }
        try {
            Files.move(Path.of(temporary), file, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException("Cannot replace " + file + " with its rewritten copy", e);
        }
        log.info("Rewrote {} with its live pages only: {} -> {} bytes in {} ms", file, before, size(file),
                (System.nanoTime() - started) / 1_000_000);
    }

    private static long size(Path file) {
        try {
            return Files.size(file);
        } catch (java.io.IOException e) {
            return -1;
        }
    }
}
