package dev.faqsite.check;

import dev.faqsite.render.RenderedPage;
import org.jsoup.Jsoup;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Optional;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;

class PageFactsTest {

    private static final PageFacts FACTS = PageFacts.of(
            new RenderedPage("/x/", "x/index.html", "page.ftl", Optional.empty(), List.of(), List.of(), Set.of()), Jsoup.parse("""
                    <html lang="en"><head>
                      <link rel="stylesheet" href="/a.css" id="css"><script src="/a.js"></script>
                      <script type="Application/LD+JSON">{}</script>
                    </head><body>
                      <header><nav id="top" aria-label="Main"><a href="/">Home</a><a name="legacy">old</a></nav></header>
                      <main><h1 id="t">T</h1><h3>deep</h3><img src="/i.png" alt="i">
                        <div role="button">Go</div><button role="button">Twice?</button><button>Plain</button>
                        <form aria-label="f"><label for="q">Q</label><input id="q"><select></select></form>
                        <section><video><source src="/v.webm"></video><iframe src="/embed/"></iframe></section>
                      </main>
                    </body></html>"""));

    private static List<String> names(ElementKind kind) {
        return FACTS.all(kind).stream().map(e -> e.normalName() + (e.id().isEmpty() ? "" : "#" + e.id())).toList();
    }

    @Test
    void filesEveryElementUnderEachKindItIsInDocumentOrder() {
        assertEquals(List.of("link#css", "nav#top", "h1#t", "input#q"), names(ElementKind.WITH_ID));
        assertEquals(List.of("h1#t", "h3"), names(ElementKind.HEADING));
        assertEquals(List.of("header", "nav#top", "main", "div", "button", "form", "section"), names(ElementKind.LANDMARK));
        assertEquals(List.of("div", "button", "button"), names(ElementKind.BUTTON), "a button with role=button is listed once");
        assertEquals(List.of("input#q", "select"), names(ElementKind.FIELD));
        assertEquals(List.of("a"), names(ElementKind.LINK), "an <a> without href is no link");
        assertEquals(List.of("link#css", "script", "a", "img", "source", "iframe"), names(ElementKind.REFERENCE));
        assertEquals(List.of("script"), names(ElementKind.JSON_LD), "the type is matched without regard to case");
    }

    @Test
    void offersEveryIdAndNamedAnchorToLinksFromOtherPages() {
        assertEquals(Set.of("css", "top", "t", "q", "legacy"), FACTS.ids());
    }
}
