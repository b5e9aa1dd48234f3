package dev.faqsite.propagation;

import dev.faqsite.model.Link;

import java.util.Optional;

/**
 * One piece of advice that goes with a verdict, with the FAQ answer or support page that explains it.
 *
 * @param text a sentence or two for the reader
 * @param link where to read more, if anywhere
 */
public record Advice(String text, Optional<Link> link) {
}
