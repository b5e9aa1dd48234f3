<#ftl output_format="HTML">
<#-- A category page. Variables: site, meta, nav, page (CategoryView). -->
<#import "partials/layout.ftl" as layout>
<@layout.page>
<h1>${page.label}</h1>
<#if page.description?has_content><p class="lead">${page.description}</p></#if>
<#if page.questions?has_content>
<ol class="question-list">
<#list page.questions as q>
<li><a href="${q.url}">${q.title}</a><#if q.description?has_content><p>${q.description}</p></#if></li>
</#list>
</ol>
<#else>
<p>No questions in this category yet.</p>
</#if>
</@layout.page>
