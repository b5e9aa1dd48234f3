package dev.faqsite.importer;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** The labels of Docusaurus's older {@code <Tabs values={[{label: 'Python', value: 'py'}, …]}>}, by value. */
final class TabValues {

    private static final Pattern ENTRY = Pattern.compile("\\{([^{}]*)}");
    private static final Pattern FIELD = Pattern.compile("(label|value)\\s*:\\s*(['\"])(.*?)\\2");

    private TabValues() {
    }

    static Map<String, String> labels(String values) {
        Map<String, String> out = new LinkedHashMap<>();
        Matcher entry = ENTRY.matcher(values);
        while (entry.find()) {
            String label = null;
            String value = null;
            Matcher field = FIELD.matcher(entry.group(1));
            while (field.find()) {
                if (field.group(1).equals("label")) {
                    label = field.group(3);
                } else {
                    value = field.group(3);
                }
            }
            if (value != null) {
                out.put(value, label == null ? value : label);
            }
        }
        return out;
    }
}
