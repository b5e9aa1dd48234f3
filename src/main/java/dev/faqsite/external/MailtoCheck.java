package dev.faqsite.external;

import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.regex.Pattern;

/** A {@code mailto:} link is checked for its form only: sending mail to find out is not a check. */
final class MailtoCheck {

    // local part and a domain with a dot, as far as a link checker can tell without asking a mail server
    private static final Pattern ADDRESS = Pattern.compile("[A-Za-z0-9.!#$%&'*+/=?^_`{|}~-]+@[A-Za-z0-9](?:[A-Za-z0-9-]*[A-Za-z0-9])?(?:\\.[A-Za-z0-9](?:[A-Za-z0-9-]*[A-Za-z0-9])?)+");

    private MailtoCheck() {
    }

    /** Whether every address of the link (before {@code ?}, separated by commas) is well formed. */
    static boolean wellFormed(String link) {
        String rest = link.substring("mailto:".length());
        int query = rest.indexOf('?');
        String to = query < 0 ? rest : rest.substring(0, query);
        if (to.isBlank()) {
            return false;
        }
        String decoded;
        try {
            decoded = URLDecoder.decode(to.replace("+", "%2B"), StandardCharsets.UTF_8);
        } catch (IllegalArgumentException e) {
            return false;
        }
        for (String address : decoded.split(",")) {
            if (!ADDRESS.matcher(address.strip()).matches()) {
                return false;
            }
        }
        return true;
    }
}
