<#ftl output_format="HTML">
<#-- The tools index at /tools/. Variables: site, meta, nav, page (ToolsView). -->
<#import "partials/layout.ftl" as layout>
<@layout.page>
<h1>${page.title}</h1>
<p class="lead">${page.intro}</p>
<ul class="question-list">
<#list page.tools as tool>
<li><a href="${tool.url}">${tool.title}</a><#if tool.description?has_content><p>${tool.description}</p></#if></li>
</#list>
</ul>
</@layout.page>
