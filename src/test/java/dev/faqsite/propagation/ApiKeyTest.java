package dev.faqsite.propagation;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class ApiKeyTest {

    private static final String KEY = "73034021-THIS-IS-SAMPLE-KEY";

    private static ApiKey valid(String raw) {
        return ((KeyInput.Valid) ApiKey.parse(raw)).key();
    }

    private static String refusal(String raw) {
        return ((KeyInput.Invalid) ApiKey.parse(raw)).message();
    }

    @Test
    void acceptsLettersDigitsAndHyphens() {
        KeyInput.Valid input = (KeyInput.Valid) ApiKey.parse(KEY);
        assertEquals(KEY, input.key().reveal());
        assertFalse(input.trimmed());
    }

    @Test
    void dropsSpacesAroundTheKeyAndSaysSo() {
        KeyInput.Valid input = (KeyInput.Valid) ApiKey.parse("  " + KEY + " ");
        assertEquals(KEY, input.key().reveal());
        assertTrue(input.trimmed());
    }

    @Test
    void refusesLineBreaksAndOtherControlCharactersNamingTheField() {
        assertEquals("'key' contains control characters such as line breaks or tabs: paste the key alone", refusal(KEY + "\r\nX-Evil: 1"));
        assertEquals(refusal(KEY + "\n"), refusal("\t" + KEY));
        assertTrue(refusal("abc\u0000def").startsWith("'key' contains control characters"));
        assertTrue(refusal("abc\u0085def").startsWith("'key' contains control characters"));
    }

    @Test
    void refusesKeysLongerThan128Characters() {
        assertTrue(ApiKey.parse("a".repeat(128)) instanceof KeyInput.Valid);
        assertEquals("'key' is longer than 128 characters: API keys are shorter", refusal("a".repeat(129)));
    }

    @Test
    void refusesCharactersOutsideLettersDigitsAndHyphen() {
        for (String raw : new String[]{"abc def", "abc_def", "abc/def", "ключ", "abc%0d", "a\"b", "ab\u200Bc"}) {
            assertEquals("'key' may contain only letters A-Z, digits and '-'", refusal(raw), raw);
        }
    }

    @Test
    void refusesAnEmptyOrMissingKey() {
        assertEquals("'key' is empty: paste your API key", refusal("   "));
        assertEquals("'key' is missing: send the API key in the field 'key'", refusal(null));
    }

    @Test
    void neverRepeatsTheInputInARefusal() {
        String secret = "SECRET-PART-";
        assertFalse(refusal(secret + "!").contains(secret));
        assertFalse(refusal(secret + "\n").contains(secret));
        assertFalse(refusal(secret.repeat(20)).contains(secret));
    }

    @Test
    void printsOnlyItsFingerprint() {
        ApiKey key = valid(KEY);
        assertEquals("…-KEY", key.fingerprint());
        assertEquals("ApiKey[…-KEY]", key.toString());
        assertEquals("key " + key, "key ApiKey[…-KEY]");
    }

    @Test
    void redactsTheKeyInAnyLetterCase() {
        ApiKey key = valid(KEY);
        assertEquals("Invalid key …-KEY, not …-KEY!", key.redact("Invalid key " + KEY + ", not " + KEY.toLowerCase() + "!"));
        assertEquals("nothing here", key.redact("nothing here"));
    }

    @Test
    void digestsTheSameKeyTheSameWayAndDifferentKeysDifferently() {
        assertEquals(valid(KEY).digest(), valid(KEY).digest());
        assertFalse(valid(KEY).digest().equals(valid(KEY + "2").digest()));
        assertFalse(valid(KEY).digest().contains(KEY));
    }
}
