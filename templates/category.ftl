<#ftl output_format="HTML">
<#-- A category page. Variables: site, meta, nav, page (CategoryView), and text (CategoryTextView) when the category's
     folder has an _index.md: its own text, above the list of questions. -->
<#import "partials/layout.ftl" as layout>
<@layout.page>
<div class="answer category-page<#if text?? && text.toc?has_content> has-toc</#if>">
<h1>${page.label}</h1>
<#if text?? && text.toc?has_content>
<#assign toc = text.toc>
<#include "partials/toc.ftl">
</#if>
<#if page.description?has_content><p class="lead">${page.description}</p></#if>
<#if text??>
<div class="answer-body category-text">
${text.html?no_esc}
</div>
</#if>
<#if page.questions?has_content>
<#if text??><h2 id="questions">Questions</h2></#if>
<ol class="question-list">
<#list page.questions as q>
<li><a href="${q.url}">${q.title}</a><#if q.description?has_content><p>${q.description}</p></#if></li>
</#list>
</ol>
<#else>
<p>No questions in this category yet.</p>
</#if>
</div>
</@layout.page>
