package dev.faqsite.jbake;

import freemarker.ext.beans.ZeroArgumentNonVoidMethodPolicy;
import freemarker.template.Configuration;
import freemarker.template.DefaultObjectWrapper;
import freemarker.template.DefaultObjectWrapperBuilder;
import freemarker.template.Template;
import freemarker.template.TemplateException;
import freemarker.template.TemplateExceptionHandler;
import org.jbake.app.ContentStore;
import org.jbake.app.configuration.JBakeConfiguration;
import org.jbake.template.AbstractTemplateEngine;
import org.jbake.template.RenderingException;
import org.jbake.template.model.TemplateModel;

import java.io.IOException;
import java.io.Writer;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Map;

/**
 * This site's Freemarker engine, plugged in through JBake's template-engine extension point
 * ({@link AbstractTemplateEngine}) in place of JBake's own. JBake's engine copies the whole data model and throws an
 * exception on every variable lookup that is not one of its database extractors, and rebuilds the config map for
 * every page; here the model is read in place, the config map is built once per bake, and view records are read as
 * properties ({@code page.title}). Thread-safe: pages render on all cores.
 *
 * <p>JBake's database extractors ({@code published_faqs}, {@code db} …) are deliberately not offered: a template that
 * lists all documents on every page is the quadratic trap; templates get the navigation as view objects instead.
 */
final class FaqTemplateEngine extends AbstractTemplateEngine {

    private final Configuration freemarker;
    private final Map<String, Object> configMap;

    FaqTemplateEngine(JBakeConfiguration config, ContentStore db, Path templates) throws IOException {
        super(config, db);
        DefaultObjectWrapperBuilder wrapper = new DefaultObjectWrapperBuilder(Configuration.VERSION_2_3_35);
        wrapper.setExposeFields(false);
        wrapper.setRecordZeroArgumentNonVoidMethodPolicy(
                ZeroArgumentNonVoidMethodPolicy.BOTH_METHOD_AND_PROPERTY_UNLESS_BEAN_PROPERTY_READ_METHOD);
        DefaultObjectWrapper objectWrapper = wrapper.build();
        freemarker = new Configuration(Configuration.VERSION_2_3_35);
        freemarker.setDirectoryForTemplateLoading(templates.toFile());
        freemarker.setObjectWrapper(objectWrapper);
        freemarker.setDefaultEncoding("UTF-8");
        freemarker.setOutputEncoding("UTF-8");
        freemarker.setLocale(Locale.ROOT);
        freemarker.setNumberFormat("computer");
        freemarker.setTemplateExceptionHandler(TemplateExceptionHandler.RETHROW_HANDLER);
        freemarker.setLogTemplateExceptions(false);
        freemarker.setWrapUncheckedExceptions(true);
        freemarker.setFallbackOnNullLoopVariable(false);
        configMap = Map.copyOf(config.asHashMap());
    }

    @Override
    public void renderDocument(TemplateModel model, String templateName, Writer writer) throws RenderingException {
        model.setVersion(config.getVersion());
        model.setConfig(configMap);
        try {
            Template template = freemarker.getTemplate(templateName);
            template.process(model, writer);
        } catch (IOException | TemplateException e) {
            throw new RenderingException(e);
        }
    }
}
