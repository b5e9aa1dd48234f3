/**
 * Orders a build's stages — load the config, bake, publish — and guarantees that a failed build leaves the previous
 * site in place: the new site is written beside the output folder and swapped in only when everything succeeded.
 */
package dev.faqsite.build;
