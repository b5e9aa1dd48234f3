package dev.faqsite.importer;

import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Docusaurus's routing rules, as its documentation states them, for the URLs the redirects start from. */
class RoutesTest {

    private static DocSource doc(String relative, String frontMatter) throws YamlMap.Malformed {
        String text = frontMatter.isEmpty() ? "Body.\n" : "---\n" + frontMatter + "\n---\nBody.\n";
        return DocSource.parse("docs/" + relative, relative, text);
    }

    private static String url(String relative, String frontMatter) throws YamlMap.Malformed {
        return Routes.url("/docs", Routes.slug(doc(relative, frontMatter)));
    }

    @Test
    void stripsNumberPrefixesButNotDatesOrVersions() {
        assertEquals(new NumberPrefix("intro", Optional.of(1)), NumberPrefix.of("01-intro"));
        assertEquals(new NumberPrefix("intro", Optional.of(2)), NumberPrefix.of("2. intro"));
        assertEquals(new NumberPrefix("intro", Optional.of(3)), NumberPrefix.of("03_intro"));
        assertEquals(Optional.empty(), NumberPrefix.of("2024-01-15-release").number());
        assertEquals(Optional.empty(), NumberPrefix.of("1.2.3-notes").number());
        assertEquals(Optional.empty(), NumberPrefix.of("404").number());
        assertEquals("guides/setup", NumberPrefix.stripPath("02-guides/01-setup"));
    }

    @Test
    void givesADocTheUrlOfItsPathWithoutPrefixesOrExtension() throws Exception {
        assertEquals("/docs/guides/setup", url("02-guides/01-setup.mdx", ""));
        assertEquals("/docs/guides/install", url("02-guides/01-setup.md", "id: install"));
        assertEquals("guides/install", Routes.id(doc("02-guides/01-setup.md", "id: install")));
    }

    @Test
    void givesAFoldersIndexReadmeOrSameNamedDocTheFoldersUrl() throws Exception {
        assertEquals("/docs/guides/", url("02-guides/index.md", ""));
        assertEquals("/docs/guides/", url("02-guides/README.md", ""));
        assertEquals("/docs/guides/", url("02-guides/guides.md", ""));
        assertEquals("/docs/", url("index.md", ""));
        assertTrue(Routes.isCategoryIndex(doc("02-guides/Guides.md", "")));
        assertFalse(Routes.isCategoryIndex(doc("02-guides/guide.md", "")));
    }

    @Test
    void resolvesAbsoluteAndRelativeSlugs() throws Exception {
        assertEquals("/docs/changes", url("api/changelog.md", "slug: /changes"));
        assertEquals("/docs/paging-guide", url("api/paging.md", "slug: ../paging-guide"));
        assertEquals("/docs/api/v2/paging", url("api/paging.md", "slug: v2/paging"));
        assertEquals("/docs/api/custom", url("api/index.md", "slug: custom"));
        assertEquals("/", Routes.url("/", "/"));
        assertEquals("/help/api/x", Routes.url("/help/", "/api/x"));
    }

    @Test
    void makesFaqsiteSegmentsOfAnyName() {
        assertEquals("getting-started", Routes.segment("Getting_Started"));
        assertEquals("creme-brulee", Routes.segment("Crème brûlée!"));
        assertEquals("", Routes.segment("日本語"));
    }

    @Test
    void readsTheLabelsOfOldStyleTabValues() {
        assertEquals(java.util.Map.of("py", "Python", "js", "JavaScript"),
                TabValues.labels("[{label: 'Python', value: 'py'}, {value: \"js\", label: \"JavaScript\"}]"));
        assertEquals(List.of("py"), List.copyOf(TabValues.labels("[{value: 'py'}]").keySet()));
    }
}
