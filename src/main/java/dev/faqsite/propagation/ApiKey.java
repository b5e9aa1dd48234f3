package dev.faqsite.propagation;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * A reader's API key. It never prints itself: {@link #toString()} and every message show only its
 * {@link #fingerprint()}, so that a key concatenated into a log line or an error by mistake leaks nothing.
 * {@link #reveal()} is for the one place that must send it: the request header of a probe.
 */
public final class ApiKey {

    /** The longest key accepted; real keys are UUIDs (36 characters). */
    public static final int MAX_LENGTH = 128;
    /** The request field that carries the key, named in every validation message. */
    public static final String FIELD = "key";

    private static final Pattern ALLOWED = Pattern.compile("[A-Za-z0-9-]+");

    private final String value;
    private final String digest;

    private ApiKey(String value) {
        this.value = value;
        this.digest = sha256(value);
    }

    /**
     * Validates a key as typed: leading and trailing spaces are dropped (and reported, so that the reader learns that
     * the copy had some); anything else but ASCII letters, digits and {@code -} is refused, with a message that names
     * the field and never repeats the input.
     */
    public static KeyInput parse(String raw) {
        if (raw == null) {
            return new KeyInput.Invalid("'" + FIELD + "' is missing: send the API key in the field '" + FIELD + "'");
        }
        String trimmed = stripSpaces(raw);
        if (trimmed.isEmpty()) {
            return new KeyInput.Invalid("'" + FIELD + "' is empty: paste your API key");
        }
        if (trimmed.length() > MAX_LENGTH) {
            return new KeyInput.Invalid("'" + FIELD + "' is longer than " + MAX_LENGTH + " characters: API keys are shorter");
        }
        if (trimmed.chars().anyMatch(c -> c < 0x20 || c == 0x7F || (c >= 0x80 && c <= 0x9F))) {
            return new KeyInput.Invalid("'" + FIELD + "' contains control characters such as line breaks or tabs: paste the key alone");
        }
        if (!ALLOWED.matcher(trimmed).matches()) {
            return new KeyInput.Invalid("'" + FIELD + "' may contain only letters A-Z, digits and '-'");
        }
        return new KeyInput.Valid(new ApiKey(trimmed), trimmed.length() != raw.length());
    }

    /** The key itself, for the header of a probe or the body sent to the checker's API; never for display. */
    public String reveal() {
        return value;
    }

    /** What may be shown, logged or shared: an ellipsis and the key's last four characters, e.g. {@code …1a2b}. */
    public String fingerprint() {
        return "…" + value.substring(Math.max(0, value.length() - 4));
    }

    /**
     * A one-way digest, to count checks per key without keeping the key. Keys are random (UUIDs), so a plain SHA-256
     * cannot be reversed by guessing.
     */
    public String digest() {
        return digest;
    }

    /** {@code text} with every occurrence of the key, in any letter case, replaced by its fingerprint. */
    public String redact(String text) {
        String lower = text.toLowerCase(Locale.ROOT);
        String needle = value.toLowerCase(Locale.ROOT);
        StringBuilder out = new StringBuilder(text.length());
        int from = 0;
        for (int at = lower.indexOf(needle); at >= 0; at = lower.indexOf(needle, from)) {
            out.append(text, from, at).append(fingerprint());
            from = at + needle.length();
        }
        return out.append(text, from, text.length()).toString();
    }

    @Override
    public String toString() {
        return "ApiKey[" + fingerprint() + "]";
    }

    private static String sha256(String text) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java runtime has SHA-256", e);
        }
    }

    private static String stripSpaces(String raw) {
        int start = 0;
        int end = raw.length();
        while (start < end && raw.charAt(start) == ' ') {
            start++;
        }
        while (end > start && raw.charAt(end - 1) == ' ') {
            end--;
        }
        return raw.substring(start, end);
    }
}
