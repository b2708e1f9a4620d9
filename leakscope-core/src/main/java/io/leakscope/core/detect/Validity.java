package io.leakscope.core.detect;

/** A validator's answer about a candidate (checksum, calendar, numbering-plan rules …). */
public enum Validity { VALID, INVALID, UNKNOWN }
