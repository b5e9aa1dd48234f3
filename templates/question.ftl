<#ftl output_format="HTML">
<#-- A question page. Variables: site, meta, nav, page (QuestionView), and keyCheck (KeyCheckView) when the page asks
     for the key checker's widget; see docs/templates.md.
     data-pagefind-* attributes tell the search indexer what to index: the title and the answer, not the navigation. -->
<#import "partials/layout.ftl" as layout>
<#import "partials/key-check.ftl" as kc>
<@layout.page>
<article class="answer<#if page.toc?has_content> has-toc</#if>" data-pagefind-body data-category="${page.categoryLabel}" data-pagefind-meta="category[data-category]">
<h1>${page.title}</h1>
<#if page.toc?has_content>
<#include "partials/toc.ftl">
</#if>
<div class="answer-body">
${page.html?no_esc}
</div>
<#if page.widgets?seq_contains("key-check") && keyCheck??><@kc.widget view=keyCheck/></#if>
<#if page.lastUpdated?has_content || page.editUrl?has_content>
<div class="page-meta" data-pagefind-ignore>
<#if page.lastUpdated?has_content><p>Last updated on <time datetime="${page.lastUpdated}">${page.lastUpdatedText}</time></p></#if>
<#if page.editUrl?has_content><p><a class="edit-link" href="${page.editUrl}" rel="noopener">Edit this page</a></p></#if>
</div>
</#if>
</article>
<#include "partials/rating.ftl">
<#include "partials/pager.ftl">
</@layout.page>
