package dev.urakata.config.processing;

import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * The threads every pooled streaming processor shares: a few coordinators (claiming segments, reading the event
 * stream, handing events to work packages) and a few workers (handling batches). Axon's coordinator and work
 * packages are tasks that reschedule themselves rather than loops that own a thread, so a shared pool serves any
 * number of processors; its size bounds how many batches run at once, which on a small machine is what matters.
 */
final class ProcessorThreads {

    private final ScheduledExecutorService coordinators;
    private final ScheduledExecutorService workers;

    ProcessorThreads(int coordinatorThreads, int workerThreads) {
        this.coordinators = Executors.newScheduledThreadPool(Math.max(1, coordinatorThreads),
                named("processor-coordinator-"));
        this.workers = Executors.newScheduledThreadPool(Math.max(1, workerThreads), named("processor-worker-"));
    }

    ScheduledExecutorService coordinators() {
        return coordinators;
    }

    ScheduledExecutorService workers() {
        return workers;
    }

    /** Stops both pools once Axon has shut the processors down. */
    void shutdown() {
        coordinators.shutdown();
        workers.shutdown();
    }

    private static ThreadFactory named(String prefix) {
        AtomicInteger count = new AtomicInteger();
        return runnable -> {
            Thread thread = new Thread(runnable, prefix + count.incrementAndGet());
            thread.setDaemon(true);
            return thread;
        };
    }
}
