package dev.urakata.config.processing;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.util.concurrent.CancellationException;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Future;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledThreadPoolExecutor;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * The threads every pooled streaming processor shares: a few coordinators (claiming segments, reading the event
 * stream, handing events to work packages) and a few workers (handling batches). Axon's coordinator and work
 * packages are tasks that reschedule themselves rather than loops that own a thread, so a shared pool serves any
 * number of processors; its size bounds how many batches run at once, which on a small machine is what matters.
 */
final class ProcessorThreads {

    private static final Logger log = LoggerFactory.getLogger(ProcessorThreads.class);

    private final ScheduledExecutorService coordinators;
    private final ScheduledExecutorService workers;

    ProcessorThreads(int coordinatorThreads, int workerThreads) {
        this.coordinators = new Reporting(Math.max(1, coordinatorThreads), named("processor-coordinator-"));
        this.workers = new Reporting(Math.max(1, workerThreads), named("processor-worker-"));
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

    /**
     * A pool that logs what a task dies of. Axon submits its work packages and coordination tasks and never reads the
     * futures: a task that ends in an exception Axon does not catch itself (an {@code Error}, such as a stack overflow
     * in a handler) would otherwise vanish without a word, and with it the work package, which then never runs again
     * and leaves its processor stuck.
     */
    private static final class Reporting extends ScheduledThreadPoolExecutor {

        Reporting(int threads, ThreadFactory factory) {
            super(threads, factory);
        }

        @Override
        protected void afterExecute(Runnable task, Throwable thrown) {
            super.afterExecute(task, thrown);
            Throwable failure = thrown;
            if (failure == null && task instanceof Future<?> future && future.isDone() && !future.isCancelled()) {
                try {
                    future.get();
                } catch (ExecutionException e) {
                    failure = e.getCause();
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                } catch (CancellationException e) {
                    // cancelled: nothing failed
                }
            }
            if (failure != null) {
                log.error("An event processor task on {} died; its processor may stop until restarted",
                        Thread.currentThread().getName(), failure);
            }
        }
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
