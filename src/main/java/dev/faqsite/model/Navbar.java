package dev.faqsite.model;

import java.util.List;

/**
 * The top bar of every page.
 *
 * @param title         text beside the logo
 * @param logo          site-relative path of the logo image, or empty
 * @param products      the "Products" menu
 * @param links         plain links after the menu (documentation, GitHub, status page …)
 * @param callToAction  the highlighted button at the end ("Get a free API Key")
 */
public record Navbar(String title, String logo, List<Link> products, List<Link> links, Link callToAction) {
    public Navbar {
        products = List.copyOf(products);
        links = List.copyOf(links);
    }
}
