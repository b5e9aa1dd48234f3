<#ftl output_format="HTML">
<#-- The FAQ home: every category with its questions. Variables: site, meta, nav, page (HomeView). -->
<#import "partials/layout.ftl" as layout>
<@layout.page>
<h1>${page.title}</h1>
<#if page.intro?has_content><p class="lead">${page.intro}</p></#if>
<#list page.categories as category>
<section class="faq-section" aria-labelledby="cat-${category.id}">
<h2 id="cat-${category.id}"><a href="${category.url}">${category.label}</a></h2>
<#if category.questions?has_content>
<ul class="question-list">
<#list category.questions as q>
<li><a href="${q.url}">${q.title}</a></li>
</#list>
</ul>
<#else>
<p>No questions in this category yet.</p>
</#if>
</section>
</#list>
</@layout.page>
