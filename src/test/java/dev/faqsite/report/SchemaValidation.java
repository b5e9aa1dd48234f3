package dev.faqsite.report;

import com.networknt.schema.Error;
import com.networknt.schema.InputFormat;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/** Validates a document against a JSON schema file, offline: the schema's own meta-schema is the validator's. */
final class SchemaValidation {

    private SchemaValidation() {
    }

    /** The SARIF 2.1.0 schema as OASIS publishes it (see src/test/resources/schemas/README.md). */
    static Schema sarif() throws IOException {
        try (InputStream in = SchemaValidation.class.getResourceAsStream("/schemas/sarif-schema-2.1.0.json")) {
            return SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_7).getSchema(in);
        }
    }

    /** faqsite's own report schema, as docs/ci.md documents it. */
    static Schema faqsiteReport() throws IOException {
        try (InputStream in = Files.newInputStream(Path.of("docs/schemas/report-1.json"))) {
            return SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_7).getSchema(in);
        }
    }

    static List<String> errors(Schema schema, String json) {
        return schema.validate(json, InputFormat.JSON, (context, unused) -> context.executionConfig(c -> c.formatAssertionsEnabled(true)))
                .stream().map(Error::toString).toList();
    }
}
