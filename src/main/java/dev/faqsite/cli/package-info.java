/**
 * The {@code faqsite} command: one class per subcommand, explicit exit codes (0 ok, 1 content problems, 2 usage or
 * config), the one top-level catch in {@link dev.faqsite.cli.Main}.
 */
package dev.faqsite.cli;
