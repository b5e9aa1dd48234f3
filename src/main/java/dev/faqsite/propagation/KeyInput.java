package dev.faqsite.propagation;

/** A key as typed, validated: usable, or refused with a message for the reader. */
public sealed interface KeyInput {

    /**
     * @param key     the key, spaces around it dropped
     * @param trimmed whether there were spaces to drop
     */
    record Valid(ApiKey key, boolean trimmed) implements KeyInput {
    }

    /** @param message what is wrong, naming the field and never repeating the input */
    record Invalid(String message) implements KeyInput {
    }
}
