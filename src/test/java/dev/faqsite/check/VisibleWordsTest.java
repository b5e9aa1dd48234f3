package dev.faqsite.check;

import org.jsoup.Jsoup;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

class VisibleWordsTest {

    private static List<String> words(String html) {
        return VisibleWords.of(Jsoup.parse(html).body());
    }

    @Test
    void splitsAtBlocksAndLineBreaksButNotAtInlineMarkup() {
        assertEquals(List.of("unbreakable", "one", "two", "three", "four"),
                words("<p>un<b>break</b>able</p><p>one<br>two</p><ul><li>three</li><li>four</li></ul>"));
    }

    @Test
    void readsAnImagesAltTextWhereTheImageIs() {
        assertEquals(List.of("before", "the", "dashboard", "after"), words("<p>before<img src=a.png alt='The dashboard'>after</p>"));
    }

    @Test
    void leavesOutScriptsAndStyles() {
        assertEquals(List.of("shown"), words("<p>shown</p><script>var hidden = 1;</script><style>p { color: red }</style>"));
    }

    @Test
    void lowercasesLettersAndKeepsDigitsOfAnyScript() {
        assertEquals(List.of("élan", "ünïcode", "x509", "日本語", "ⅻ"), VisibleWords.of("ÉLAN Ünïcode, X509 — 日本語 Ⅻ"));
    }

    @Test
    void splitsTextTheSameWayWhetherItIsMarkupOrPlain() {
        String answer = "Use the <code>X-Api-Key</code> header, then retry.";
        assertEquals(VisibleWords.of("Use the X-Api-Key header, then retry."), words(answer));
    }

    @Test
    void findsTheDeclaredAnswerInOrderAmongOtherWords() {
        List<String> page = VisibleWords.of("Menu Home Question title Copy The answer text and more Next page");
        assertEquals(-1, StructuredDataCheck.firstWordNotInOrder(VisibleWords.of("The answer, text!"), page));
        assertEquals(1, StructuredDataCheck.firstWordNotInOrder(VisibleWords.of("The missing answer"), page));
        assertEquals(0, StructuredDataCheck.firstWordNotInOrder(VisibleWords.of("Next Home"), page.subList(0, 2)));
    }
}
