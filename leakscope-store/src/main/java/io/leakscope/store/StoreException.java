package io.leakscope.store;

/** A case-store failure. Messages name the operation, never stored values. */
public class StoreException extends RuntimeException {
    public StoreException(String message, Throwable cause) {
        super(cause == null ? message : message + ": " + cause.getMessage(), cause);
    }

    public StoreException(String message) {
        this(message, null);
    }
}
