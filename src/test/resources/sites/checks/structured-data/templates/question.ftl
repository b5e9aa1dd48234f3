<#ftl output_format="HTML">
<#-- A question page. Variables: site, meta, nav, page (QuestionView); see docs/templates.md. -->
<#import "partials/layout.ftl" as layout>
<@layout.page>
<script type="application/ld+json">{"@context": "https://schema.org", "@type": "FAQPage", "mainEntity": [{"@type": "Question", "name": "A different question?", "acceptedAnswer": {"@type": "Answer", "text": "First paragraph."}}]}</script>
<script type="application/ld+json">{"@type": "BreadcrumbList", </script>
<article class="answer">
<h1>${page.title}</h1>
<div class="answer-body">
${page.html?no_esc}
</div>
<#if page.lastUpdated?has_content>
<p class="page-meta">Last updated on <time datetime="${page.lastUpdated}">${page.lastUpdated}</time></p>
</#if>
</article>
<#include "partials/rating.ftl">
<#include "partials/pager.ftl">
</@layout.page>
