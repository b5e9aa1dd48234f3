<#ftl output_format="HTML">
<#-- The site's home page. Variables: site, meta, nav, page (HomeView). -->
<#import "partials/layout.ftl" as layout>
<@layout.page>
<div class="hero">
<h1>${page.title}</h1>
<#if page.intro?has_content><p class="lead">${page.intro}</p></#if>
<p><a class="button" href="/faq/">Browse all ${page.questionCount} questions</a></p>
</div>
<h2>Categories</h2>
<ul class="category-grid">
<#list page.categories as category>
<li class="category-card">
<a href="${category.url}"><span class="category-card-title">${category.label}</span>
<span class="category-card-count">${category.questions?size} <#if category.questions?size == 1>question<#else>questions</#if></span></a>
<#if category.description?has_content><p>${category.description}</p></#if>
</li>
</#list>
</ul>
</@layout.page>
