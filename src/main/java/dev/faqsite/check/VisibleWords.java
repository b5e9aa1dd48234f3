package dev.faqsite.check;

import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.NodeTraversor;
import org.jsoup.select.NodeVisitor;

import java.util.ArrayList;
import java.util.List;

/**
 * The words a reader sees, lowercased letter by letter, in order: runs of letters and digits, with an image's alt text where the image
 * is. Words break where Jsoup's {@code text()} puts a space (at block elements and {@code <br>}), so a word split by
 * inline markup ({@code un<b>break</b>able}) stays one word. Computed in one walk, without copying the page.
 */
final class VisibleWords implements NodeVisitor {

    private final List<String> words = new ArrayList<>();
    private final StringBuilder word = new StringBuilder();

    private VisibleWords() {
    }

    static List<String> of(Element root) {
        VisibleWords visitor = new VisibleWords();
        NodeTraversor.traverse(visitor, root);
        visitor.flush();
        return visitor.words;
    }

    static List<String> of(String text) {
        VisibleWords visitor = new VisibleWords();
        visitor.append(text);
        visitor.flush();
        return visitor.words;
    }

    @Override
    public void head(Node node, int depth) {
        if (node instanceof TextNode text) {
            append(text.getWholeText());
        } else if (node instanceof Element element) {
            if (element.isBlock() || element.nameIs("br")) {
                flush();
            }
            if (element.nameIs("img") && element.hasAttr("alt")) {
                flush();
                append(element.attr("alt"));
                flush();
            }
        }
    }

    @Override
    public void tail(Node node, int depth) {
        if (node instanceof Element element && !element.tag().isInline()) {
            flush();
        }
    }

    private void append(String text) {
        for (int i = 0; i < text.length(); ) {
            char ascii = text.charAt(i);
            if (ascii < 0x80) {
                // the common case, without the Unicode tables
                if (ascii >= 'a' && ascii <= 'z' || ascii >= '0' && ascii <= '9') {
                    word.append(ascii);
                } else if (ascii >= 'A' && ascii <= 'Z') {
                    word.append((char) (ascii + ('a' - 'A')));
                } else {
                    flush();
                }
                i++;
                continue;
            }
            int c = text.codePointAt(i);
            if (isWordCharacter(c)) {
                word.appendCodePoint(Character.toLowerCase(c));
            } else {
                flush();
            }
            i += Character.charCount(c);
        }
    }

    private void flush() {
        if (!word.isEmpty()) {
            words.add(word.toString());
            word.setLength(0);
        }
    }

    /** A letter or a number in the Unicode sense ({@code \p{L}} or {@code \p{N}}). */
    private static boolean isWordCharacter(int c) {
        return switch (Character.getType(c)) {
            case Character.UPPERCASE_LETTER, Character.LOWERCASE_LETTER, Character.TITLECASE_LETTER, Character.MODIFIER_LETTER,
                 Character.OTHER_LETTER, Character.DECIMAL_DIGIT_NUMBER, Character.LETTER_NUMBER, Character.OTHER_NUMBER -> true;
            default -> false;
        };
    }
}
