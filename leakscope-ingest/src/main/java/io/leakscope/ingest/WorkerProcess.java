package io.leakscope.ingest;

import java.io.BufferedInputStream;
import java.io.BufferedOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

/**
 * One running reader worker ({@link ReaderWorker}) and the requests it has not answered yet. A
 * thread of its own reads the replies and hands each to the request it answers. When the process
 * ends — killed, out of memory, crashed — every request still waiting fails with {@link Ended},
 * which tells whether it was the only one in flight (then the process ended on its file) or not.
 */
final class WorkerProcess {
    /** How the process ended for a request it had not answered. */
    static final class Ended extends Exception {
        private final int exitStatus;
        private final boolean withOthers;

        Ended(int exitStatus, boolean withOthers) {
            super("reader process ended with status " + exitStatus, null, false, false);
            this.exitStatus = exitStatus;
            this.withOthers = withOthers;
        }

        int exitStatus() {
            return exitStatus;
        }

        /** Whether other files were being read when it ended, so that this one may not be the cause. */
        boolean withOthers() {
            return withOthers;
        }
    }

    /** The status given for a process stopped because its reply did not fit in the scan's memory. */
    static final int REPLY_TOO_LARGE = -2;

    private final Process process;
    private final DataOutputStream requests;
    /** A request sent: when the worker began reading it, and its outcome. */
    record Pending(CompletableFuture<Void> started, CompletableFuture<Outcome> reply) {
    }

    private final Map<Integer, Pending> waiting = new HashMap<>();
    private int nextId;
    private boolean ended;

    WorkerProcess(List<String> command) throws IOException {
        ProcessBuilder builder = new ProcessBuilder(command).redirectError(ProcessBuilder.Redirect.DISCARD);
        // paths reach the worker as UTF-8 text (its own temp folder included): the same in every locale the scan runs in
        builder.environment().put("LC_ALL", "C.UTF-8");
        process = builder.start();
        requests = new DataOutputStream(new BufferedOutputStream(process.getOutputStream(), 1 << 16));
        Thread replies = new Thread(this::readReplies, "leakscope-worker-replies-" + process.pid());
        replies.setDaemon(true);
        replies.start();
    }

    /** Whether it can take a request. */
    synchronized boolean isRunning() {
        return !ended && process.isAlive();
    }

    /**
     * Sends a request.
     *
     * @return its outcome to come, or {@link Ended} if the process ends first
     * @throws IOException if the process has ended or ends while the request is sent
     */
    synchronized Pending send(String path, Blob blob) throws IOException {
        if (ended) {
            throw new IOException("reader process has ended");
        }
        int id = nextId++;
        Pending reply = new Pending(new CompletableFuture<>(), new CompletableFuture<>());
        waiting.put(id, reply);
        try {
            OutcomeCodec.writeRequest(requests, id, path, blob);
            requests.flush();
        } catch (IOException e) {
            waiting.remove(id);
            throw e;
        }
        return reply;
    }

    /** Kills the process; requests still waiting fail with {@link Ended}. */
    void kill() {
        process.destroyForcibly();
        try {
            process.waitFor(10, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private void readReplies() {
        try (DataInputStream in = new DataInputStream(new BufferedInputStream(process.getInputStream(), 1 << 16))) {
            OutcomeCodec.skipToGreeting(in);
            while (true) {
                OutcomeCodec.Reply r = OutcomeCodec.readReply(in);
                Pending pending;
                synchronized (this) {
                    pending = r.isStartNotice() ? waiting.get(r.id()) : waiting.remove(r.id());
                }
                if (pending != null && r.isStartNotice()) {
                    pending.started().complete(null);
                } else if (pending != null) {
                    pending.started().complete(null);
                    pending.reply().complete(r.outcome());
                }
            }
        } catch (IOException | RuntimeException e) {
            // Its output ended, or broke off as it died: a malformed reply ends it all the same.
            endAll(exitStatus());
        } catch (OutOfMemoryError e) {
            // A reply too large for this process's memory: the worker is stopped, and every file it was
            // reading fails now (not at its time limit) and is read again alone, where the one that
            // caused it is found; this thread must not die and leave them waiting.
            process.destroyForcibly();
            exitStatus();
            endAll(REPLY_TOO_LARGE);
        }
    }

    private int exitStatus() {
        try {
            if (!process.waitFor(10, TimeUnit.SECONDS)) {
                process.destroyForcibly();
                return -1;
            }
            return process.exitValue();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return -1;
        }
    }

    private void endAll(int exitStatus) {
        Map<Integer, Pending> left;
        synchronized (this) {
            ended = true;
            left = Map.copyOf(waiting);
            waiting.clear();
        }
        Ended end = new Ended(exitStatus, left.size() > 1);
        left.values().forEach(p -> {
            p.started().completeExceptionally(end);
            p.reply().completeExceptionally(end);
        });
    }
}
