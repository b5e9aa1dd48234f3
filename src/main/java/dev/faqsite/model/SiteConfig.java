package dev.faqsite.model;

import dev.faqsite.diag.SourceRef;

import java.util.List;
import java.util.Optional;

/**
 * The validated contents of {@code site.yml}.
 *
 * @param name               the site's name, used in titles
 * @param baseUrl            absolute URL the site is published at, without a trailing slash (canonical URLs, sitemap)
 * @param language           the pages' {@code lang}
 * @param description        the home page's meta description
 * @param supportUrl         where readers ask for help
 * @param navbar             the top bar
 * @param footer             the footer
 * @param markdownExtensions flexmark extensions by name, checked when the Markdown renderer is built
 * @param markdownExtensionsAt where they are listed, to report an unknown one
 * @param sidebar            how much of the FAQ each page's sidebar carries
 * @param checks             the level of each check of the built site
 * @param ratings            page ratings: the widget, the API and where votes are kept
 * @param editUrl            "edit this page" link with {@value #EDIT_PATH} standing for the source file's path, or empty
 * @param search             full-text search
 * @param socialImage        image shown when a page is shared (Open Graph, Twitter): a site path or URL, or empty
 * @param keyCheck           the key-propagation checker, when the site has one ({@code key_check:})
 */
public record SiteConfig(
        String name,
        String baseUrl,
        String language,
        String description,
        String supportUrl,
        Navbar navbar,
        Footer footer,
        List<String> markdownExtensions,
        SourceRef markdownExtensionsAt,
        SidebarSettings sidebar,
        CheckSettings checks,
        RatingsConfig ratings,
        String editUrl,
        SearchSettings search,
        String socialImage,
        Optional<KeyCheckConfig> keyCheck) {

    /** What {@link #editUrl} writes where the source file's path goes. */
    public static final String EDIT_PATH = "{path}";

    public SiteConfig {
        markdownExtensions = List.copyOf(markdownExtensions);
    }

    /** The absolute URL of a site path such as {@code /faq/}. */
    public String absolute(String sitePath) {
        return baseUrl + sitePath;
    }

    /** The "edit this page" URL of a source file (path relative to the site's root), or empty when not configured. */
    public String editUrlOf(String sourcePath) {
        return editUrl.isEmpty() ? "" : editUrl.replace(EDIT_PATH, sourcePath);
    }
}
