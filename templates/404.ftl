<#ftl output_format="HTML">
<#-- The page served for unknown URLs. Variables: site, meta, nav, page (HomeView). -->
<#import "partials/layout.ftl" as layout>
<@layout.page>
<h1>Page not found</h1>
<p class="lead">There is no page at this address. It may have moved, or the link may be mistyped.</p>
<p><a class="button" href="/faq/">Go to the FAQ</a></p>
<h2>Categories</h2>
<ul class="question-list">
<#list page.categories as category>
<li><a href="${category.url}">${category.label}</a></li>
</#list>
</ul>
</@layout.page>
