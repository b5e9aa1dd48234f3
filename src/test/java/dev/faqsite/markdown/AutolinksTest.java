package dev.faqsite.markdown;

import com.vladsch.flexmark.ext.autolink.AutolinkExtension;
import com.vladsch.flexmark.ext.tables.TablesExtension;
import com.vladsch.flexmark.html.HtmlRenderer;
import com.vladsch.flexmark.parser.Parser;
import com.vladsch.flexmark.util.data.MutableDataSet;
import com.vladsch.flexmark.util.misc.Extension;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class AutolinksTest {

    /** Answers shaped like real ones, with every way a link can be written, hidden or not be a link. */
    private static final String ANSWERS = """
            # Keys at https://api.example.test/v2/keys

            Create a key in the console (https://console.example.test/keys), then call
            `https://in-code.example.test/` with it. Write to support@example.test or visit
            www.status.example.test, or WWW.CAPITALS.EXAMPLE.TEST for the old page.

            An escaped one: http\\://escaped.example.test/path and an entity: http&#58;//entity.example.test/x
            and a bare scheme ftp:// alone, mailto:help@example.test, and <https://angle.example.test>.

            | Region | Endpoint |
            |---|---|
            | EU | https://eu.example.test/v1 |
            | US | *https://us.example.test/v1* and [a link](https://link.example.test) |

            - ops@example.test, on call
            - nothing to link here, just words and 3.5 numbers
            - a time like 10:30 and a ratio 1:2; a www that is a word; swww.x

            > Quoted: https://quoted.example.test?q=a&b=c.

                https://indented-code.example.test

            Plain paragraph without anything that looks like an address.
            """;

    private static String html(Extension autolinks) {
        MutableDataSet options = new MutableDataSet();
        options.set(Parser.EXTENSIONS, List.of(TablesExtension.create(), autolinks));
        return HtmlRenderer.builder(options).build().render(Parser.builder(options).build().parse(ANSWERS));
    }

    @Test
    void linksExactlyWhatFlexmarksAutolinkExtensionLinks() {
        String flexmark = html(AutolinkExtension.create());
        assertTrue(flexmark.contains("<a href=\"mailto:support@example.test\">"), flexmark);
        assertTrue(flexmark.contains("<a href=\"https://eu.example.test/v1\">"), flexmark);
        assertEquals(flexmark, html(Autolinks.create()));
    }

    @Test
    void asksFlexmarkOnlyAboutTextThatCouldHoldALink() {
        assertFalse(Autolinks.mayHoldLink("Plain paragraph without anything that looks like an address."));
        assertFalse(Autolinks.mayHoldLink("a www that is a word; version 3.5"));
        assertTrue(Autolinks.mayHoldLink("see www.example.test"));
        assertTrue(Autolinks.mayHoldLink("see WwW.example.test"));
        assertTrue(Autolinks.mayHoldLink("write to ops@example.test"));
        assertTrue(Autolinks.mayHoldLink("http\\://escaped"), "an escape may decode to a link's character");
        assertTrue(Autolinks.mayHoldLink("http&#58;//entity"), "an entity may decode to a link's character");
    }
}
