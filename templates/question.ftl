<#ftl output_format="HTML">
<#-- A question page. Variables: site, meta, nav, page (QuestionView), and keyCheck (KeyCheckView) when the page asks
     for the key checker's widget; see docs/templates.md. -->
<#import "partials/layout.ftl" as layout>
<#import "partials/key-check.ftl" as kc>
<@layout.page>
<article class="answer">
<h1>${page.title}</h1>
<div class="answer-body">
${page.html?no_esc}
</div>
<#if page.widgets?seq_contains("key-check") && keyCheck??><@kc.widget view=keyCheck/></#if>
<#if page.lastUpdated?has_content>
<p class="page-meta">Last updated on <time datetime="${page.lastUpdated}">${page.lastUpdated}</time></p>
</#if>
</article>
<#include "partials/rating.ftl">
<#include "partials/pager.ftl">
</@layout.page>
