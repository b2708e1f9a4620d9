package io.leakscope.store;

/** An encrypted case opened without its key, or with another one: the attempt is itself an audit-log line. */
public final class KeyRefusedException extends StoreException {
    public KeyRefusedException(String message) {
        super(message);
    }
}
