package dev.faqsite.render;

import dev.faqsite.markdown.Heading;
import dev.faqsite.model.Crumb;
import dev.faqsite.model.Footer;
import dev.faqsite.model.Navbar;

import java.util.List;

/**
 * What templates see. Records, documented in {@code docs/templates.md}; read in Freemarker as {@code page.title},
 * {@code nav.sidebar} … Kept apart from the model so that templates depend on a stable, flat shape.
 */
public final class Views {

    private Views() {
    }

    /**
     * {@code site}: the same for every page.
     *
     * @param search whether the site has full-text search: the search box, the {@code /search/} page
     */
    public record SiteView(String name, String baseUrl, String language, String description, String supportUrl,
                    Navbar navbar, Footer footer, String assetVersion, boolean search) {
    }

    /**
     * {@code meta}: what the layout needs of any page.
     *
     * @param type           Open Graph type: {@code website}, or {@code article} for answers
     * @param modified       {@code YYYY-MM-DD} the page last changed, or empty
     * @param indexable      whether search engines should index it (not the 404 and search pages)
     * @param image          absolute URL of the image shown when the page is shared, or empty
     * @param structuredData JSON-LD documents, each for its own {@code <script type="application/ld+json">}, already
     *                       escaped for it
     */
    public record MetaView(String kind, String title, String description, String url, String canonical, String type,
                    String modified, boolean indexable, String image, List<String> structuredData) {
    }

    /** One link of the sidebar. */
    public record SidebarItem(String title, String url) {
    }

    /**
     * One category of the sidebar.
     *
     * @param expanded  shown open (the current page's category)
     * @param items     the questions listed: all of them, or a window around the current one
     * @param total     how many questions the category has
     * @param truncated whether {@code items} leaves some out (then the template links to the category page)
     * @param itemsUrl  where the browser loads all questions when the reader opens the category; empty when
     *                  {@code items} is all there is to show
     */
    public record SidebarCategory(String id, String label, String url, boolean expanded, List<SidebarItem> items, int total,
                           boolean truncated, String itemsUrl) {
    }

    /** {@code nav}: where the page sits. */
    public record NavView(List<Crumb> breadcrumbs, List<SidebarCategory> sidebar, Neighbour previous, Neighbour next) {
    }

    /** A previous or next page. */
    public record Neighbour(String title, String url) {
    }

    /**
     * {@code page} on a question page.
     *
     * @param toc             the headings of the on-page table of contents (levels 2 and 3); empty when the answer
     *                        has too few sections to need one
     * @param lastUpdated     {@code YYYY-MM-DD} from the front matter or git, or empty
     * @param lastUpdatedText the same date for readers, e.g. {@code November 20, 2026}
     * @param editUrl         where to edit the source file, or empty
     */
    public record QuestionView(String title, String html, String categoryLabel, String categoryUrl, List<Heading> headings,
                        List<String> tags, String lastUpdated, String url, List<Heading> toc, String lastUpdatedText,
                        String editUrl, List<String> widgets) {
    }

    /**
     * {@code ratings} on a question page of a site that collects ratings (absent otherwise).
     *
     * @param api        where votes are posted
     * @param reasons    what a reader may tick after a low score
     * @param commentMax most characters a comment may have
     */
    public record RatingsView(String api, List<ReasonView> reasons, int commentMax) {
    }

    /** One reason offered after a low score. */
    public record ReasonView(String id, String label) {
    }

    /** A question as listed on category and home pages. */
    public record QuestionLink(String title, String url, String description) {
    }

    /** {@code page} on a category page, and each category of the FAQ home. */
    public record CategoryView(String id, String label, String description, String url, List<QuestionLink> questions) {
    }

    /**
     * {@code text} on a category page whose folder has an {@code _index.md} (absent otherwise): shown above its
     * questions.
     *
     * @param html its Markdown rendered like an answer
     * @param toc  the headings of its table of contents (levels 2 and 3), empty when it has too few sections
     */
    public record CategoryTextView(String html, List<Heading> toc) {
    }

    /** {@code page} on the FAQ home and the site home. */
    public record HomeView(String title, String intro, List<CategoryView> categories, int questionCount) {
    }

    /** {@code page} of a category's sidebar fragment. */
    public record SidebarFragmentView(List<SidebarItem> items) {
    }

    /** {@code page} on the sitemap. */
    public record SitemapView(List<SitemapEntry> entries) {
    }

    /** One URL of the sitemap. */
    public record SitemapEntry(String loc, String lastmod) {
    }

    /**
     * {@code page} on the key checker ({@code /tools/key-check/}), and {@code keyCheck} on a question page that shows
     * the checker's widget.
     *
     * @param demo              whether the regions are simulated (no real regions configured)
     * @param demoSpan          in demo mode, how long a demo key takes to reach every region, e.g. "about 2 minutes"
     * @param regions           the regions a check probes, in order
     * @param probe             the request each region gets, e.g. {@code GET /v1/exchanges?filter_exchange_id=BINANCE}
     * @param keyHeader         the header that carries the key
     * @param retryFirstSeconds the first automatic re-check's wait
     * @param retryMaxSeconds   the longest wait between automatic re-checks
     * @param stopAfterMinutes  when automatic re-checks stop
     * @param propagationAnswer the FAQ answer about new keys being rejected, or empty
     */
    public record KeyCheckView(String title, String url, String apiUrl, String demoKeysUrl, boolean demo, String demoSpan,
                               List<RegionRow> regions,
                               String probe, String keyHeader, int retryFirstSeconds, int retryMaxSeconds, int stopAfterMinutes,
                               String propagationAnswer, String supportUrl) {
    }

    /** One region as the checker lists it before any check. */
    public record RegionRow(String id, String label, String location) {
    }

    /** {@code page} on the tools index ({@code /tools/}). */
    public record ToolsView(String title, String intro, List<QuestionLink> tools) {
    }
}
