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

    @Test
    void readsSearchTheEditLinkPatternAndTheSocialImage() {
        SiteConfig config = SiteConfigReader.read("site.yml", """
                name: Docs
                base_url: https://docs.example.test
                edit_url: https://git.example.test/docs/edit/main/{path}
                social_image: /assets/img/card.png
                search:
                  enabled: true
                """).value().orElseThrow();
        assertEquals(true, config.search().enabled());
        assertEquals("site.yml:6:3", config.search().declaredAt().toString());
        assertEquals("https://git.example.test/docs/edit/main/content/faq/a/b.md", config.editUrlOf("content/faq/a/b.md"));
        assertEquals("/assets/img/card.png", config.socialImage());
        SiteConfig plain = SiteConfigReader.read("site.yml", "name: D\nbase_url: https://d.test\n").value().orElseThrow();
        assertEquals(false, plain.search().enabled());
        assertEquals("", plain.editUrlOf("content/faq/a/b.md"));
    }

    @Test
    void rejectsAnEditLinkWithoutThePathPlaceholder() {
        assertEquals(List.of("site.yml:3:1: error: 'edit_url' must be an absolute http(s) URL containing {path}, got "
                        + "'https://git.example.test/edit/main/' (write e.g. https://github.com/you/docs/edit/main/{path}; "
                        + "{path} becomes e.g. content/faq/general/what.md)"),
                SiteConfigReader.read("site.yml", "name: D\nbase_url: https://d.test\nedit_url: https://git.example.test/edit/main/\n")
                        .problems().stream().map(p -> p.format()).toList());
    }

    @Test
    void rejectsAnUnknownSearchSettingAndANonBooleanSwitch() {
        assertEquals(List.of("site.yml:4:3: error: unknown key 'search.engine' (known keys: enabled)",
                        "site.yml:5:12: error: 'search.enabled' must be true or false, got 'yes please' (write true or false)"),
                SiteConfigReader.read("site.yml", "name: D\nbase_url: https://d.test\nsearch:\n  engine: x\n  enabled: yes please\n")
                        .problems().stream().map(p -> p.format()).sorted().toList());
    }
}
