package id.rancang.publication;

import id.rancang.document.Book;
import id.rancang.document.Documents;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * Renders books on a few worker threads of their own, so that generating a large book never holds
 * a request thread and never takes every core: other users' pages stay fast while books print.
 */
@Component
class BookPress implements DisposableBean {

    private final Documents documents;
    private final FileStore files;
    private final ExecutorService workers;
    private final Map<FileStore.Key, CompletableFuture<byte[]>> inFlight = new ConcurrentHashMap<>();

    BookPress(Documents documents, FileStore files, @Value("${rancang.books.workers:2}") int workers) {
        this.documents = documents;
        this.files = files;
        AtomicInteger next = new AtomicInteger();
        this.workers = Executors.newFixedThreadPool(Math.max(1, workers), task -> {
            Thread thread = new Thread(task, "book-press-" + next.incrementAndGet());
            thread.setDaemon(true);
            return thread;
        });
    }

    /**
     * The stored file for {@code key}, or the book rendered (and then stored) on a worker. Requests
     * for a file that is being rendered wait for that rendering, and when two instances render the
     * same file at once the first one stored wins, so a file once served never changes.
     */
    CompletableFuture<byte[]> print(FileStore.Key key, Supplier<Book> book, boolean live) {
        Optional<byte[]> stored = files.find(key);
        if (stored.isPresent()) {
            return CompletableFuture.completedFuture(stored.get());
        }
        return inFlight.computeIfAbsent(key, k -> {
            CompletableFuture<byte[]> rendering = CompletableFuture.supplyAsync(
                    () -> {
                        Book assembled = book.get();
                        byte[] content = key.format() == DocumentFormat.DOCX
                                ? documents.docx(assembled)
                                : documents.pdf(assembled);
                        return files.store(key, content, live);
                    },
                    workers);
            rendering.whenComplete((content, failure) -> inFlight.remove(k, rendering));
            return rendering;
        });
    }

    @Override
    public void destroy() {
        workers.shutdownNow();
    }
}
