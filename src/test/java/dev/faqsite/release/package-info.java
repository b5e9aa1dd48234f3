/** Tests of the release archives as a user installs them: unpacked outside the repository, run with a bare PATH. */
package dev.faqsite.release;
