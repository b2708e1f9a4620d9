package io.leakscope.store;

/** A case-store failure. Messages name the operation, never stored values. */
public final class StoreException extends RuntimeException {
    public StoreException(String message, Throwable cause) {
        super(message + ": " + cause.getMessage(), cause);
    }
}
