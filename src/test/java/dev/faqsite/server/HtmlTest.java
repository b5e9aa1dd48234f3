package dev.faqsite.server;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;

class HtmlTest {

    @Test
    void escapesEveryCharacterThatCouldEndTextOrAnAttribute() {
        assertEquals("&lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt; &amp; &quot;quoted&quot;",
                Html.escape("<script>alert('x')</script> & \"quoted\""));
    }

    @Test
    void keepsLineBreaksAndUnicodeButReplacesOtherControlCharacters() {
        assertEquals("line\nnext\ttab é 😀 \uFFFD", Html.escape("line\nnext\ttab é 😀 \u0007"));
    }

    @Test
    void returnsTextWithNothingToEscapeAsItIs() {
        String text = "plain text";
        assertSame(text, Html.escape(text));
    }
}
