package dev.faqsite.render;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import dev.faqsite.model.NavTree;
import dev.faqsite.model.PageManifest;

/**
 * Writes {@value PageManifest#FILE_NAME} beside the pages, with them — on a full bake and on every live rebuild — so
 * that it always describes the site being served: the ratings server reads it to know which pages exist and which
 * version of each is live.
 */
final class ManifestWriter {

    private static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

    private ManifestWriter() {
    }

    static boolean write(PageWriter writer, NavTree tree) {
        try {
            return writer.writeFile(PageManifest.FILE_NAME, JSON.writeValueAsBytes(PageManifest.of(tree)));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("the page manifest is plain records: " + e.getMessage(), e);
        }
    }
}
