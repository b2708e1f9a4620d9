package io.leakscope.pipeline;

/** A problem in the case configuration or master data, with a message for the investigator. */
public final class ConfigException extends RuntimeException {
    public ConfigException(String message) {
        super(message);
    }
}
