package io.leakscope.pipeline;

import java.util.concurrent.Callable;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * Runs one file's parsing or analysis with a time limit, so that a parser that hangs on a hostile
 * file costs that file, not the run. The work runs on a daemon thread that is interrupted when
 * the time is up; a parser that ignores the interrupt keeps its thread, but the scan goes on and
 * the file is recorded as a timeout. Used for analysis, and for parsing in the scan's own process;
 * the forked reader kills its worker instead, the stronger isolation.
 */
final class Watchdog {
    private final ExecutorService workers = Executors.newCachedThreadPool(r -> {
        Thread t = new Thread(r, "leakscope-parse");
        t.setDaemon(true);
        return t;
    });

    <T> T within(int seconds, Callable<T> work) throws TimeoutException {
        Future<T> f = workers.submit(work);
        try {
            return f.get(seconds, TimeUnit.SECONDS);
        } catch (TimeoutException e) {
            f.cancel(true);
            throw e;
        } catch (InterruptedException e) {
            f.cancel(true);
            Thread.currentThread().interrupt();
            throw new IllegalStateException("scan interrupted", e);
        } catch (ExecutionException e) {
            Throwable cause = e.getCause();
            if (cause instanceof RuntimeException re) {
                throw re;
            }
            if (cause instanceof Error err) {
                throw err;
            }
            throw new IllegalStateException(cause);
        }
    }

    void shutdown() {
        workers.shutdownNow();
    }
}
