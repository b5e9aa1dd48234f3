package dev.faqsite.ratings;

/**
 * The outcome of reading or validating a request: a value, or the one field that is wrong and why. The API answers
 * the latter with a 400 naming the field.
 */
public sealed interface FieldCheck<T> {

    /** The input was fine. */
    record Valid<T>(T value) implements FieldCheck<T> {
    }

    /**
     * The input was not.
     *
     * @param field   the request field at fault, e.g. {@code score}
     * @param message what is wrong, for the client's developer or the reader, without a trailing period
     */
    record Invalid<T>(String field, String message) implements FieldCheck<T> {
    }

    static <T> FieldCheck<T> valid(T value) {
        return new Valid<>(value);
    }

    static <T> FieldCheck<T> invalid(String field, String message) {
        return new Invalid<>(field, message);
    }
}
