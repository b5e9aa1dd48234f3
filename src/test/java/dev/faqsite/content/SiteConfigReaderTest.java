package dev.faqsite.content;

import dev.faqsite.model.SiteConfig;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

class SiteConfigReaderTest {

    @Test
    void readsNavbarFooterAndDefaults() {
        SiteConfig config = SiteConfigReader.read("site.yml", """
                name: Docs
                base_url: https://docs.example.test/
                navbar:
                  products: [{label: A, href: /a/}]
                  cta: {label: Go, href: /go/}
                footer:
                  copyright: "(c) Us"
                """).value().orElseThrow();
        assertEquals("https://docs.example.test", config.baseUrl());
        assertEquals("Docs", config.navbar().title());
        assertEquals("A", config.navbar().products().get(0).label());
        assertEquals("Go", config.navbar().callToAction().label());
        assertEquals("(c) Us", config.footer().copyright());
        assertEquals("en", config.language());
        assertEquals(SiteConfigReader.DEFAULT_EXTENSIONS, config.markdownExtensions());
        assertEquals(dev.faqsite.model.SidebarSettings.DEFAULT, config.sidebar());
    }

    @Test
    void namesTheNestedKeyAndLineOfAWrongType() {
        Parsed<SiteConfig> parsed = SiteConfigReader.read("site.yml", """
                name: Docs
                base_url: https://docs.example.test
                navbar:
                  products: nothing
                """);
        assertEquals(List.of("site.yml:4:13: error: 'navbar.products' must be a list (write each entry on a line starting with '- ')"),
                parsed.problems().stream().map(p -> p.format()).toList());
    }

    @Test
    void rejectsARelativeBaseUrl() {
        assertEquals("site.yml:1:1: error: 'base_url' must be an absolute http(s) URL, got '/docs' (write e.g. https://docs.example.com)",
                SiteConfigReader.read("site.yml", "name: D\nbase_url: /docs\n").problems().get(0).format());
    }
}
