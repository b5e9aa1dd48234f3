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
        Optional<KeyCheckConfig> keyCheck) {

    public SiteConfig {
        markdownExtensions = List.copyOf(markdownExtensions);
    }

    /** The absolute URL of a site path such as {@code /faq/}. */
    public String absolute(String sitePath) {
        return baseUrl + sitePath;
    }
}
