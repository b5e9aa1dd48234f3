package dev.faqsite.render;

/**
 * Told of every page the bake writes, with its text, as soon as it is written: the search index takes pages from here
 * while the others are still being rendered, instead of reading them back from disk afterwards. Called from every
 * rendering thread.
 */
@FunctionalInterface
public interface PageSink {

    PageSink NONE = (outputPath, html) -> {
    };

    /** @param outputPath the file under the output folder, with {@code /}: {@code faq/general/what/index.html} */
    void written(String outputPath, String html);
}
