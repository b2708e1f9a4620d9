package io.leakscope.core.resolve;

/**
 * A merge refused because it would have joined two master rows (HR and group accounts, HR and a
 * vendor master …): the person keeps their own master row, and a reviewer decides.
 *
 * @param other the other side: {@code person p-…}, or {@code master SOURCE KEY} when that row formed no person
 * @param key   the kind of key both sides share ({@code email}, {@code name+phone} …)
 */
public record MasterConflict(String other, String key) {
}
