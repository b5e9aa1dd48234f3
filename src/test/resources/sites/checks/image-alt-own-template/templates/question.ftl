<#ftl output_format="HTML">
<#-- A site's own question page: its answer is not in the built-in templates' .answer-body. -->
<#import "partials/layout.ftl" as layout>
<@layout.page>
<article>
<h1>${page.title}</h1>
<section class="answer-text" aria-label="Answer">
${page.html?no_esc}
</section>
</article>
</@layout.page>
