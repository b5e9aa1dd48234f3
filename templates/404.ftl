<#ftl output_format="HTML">
<#-- The page served for unknown URLs, at their own address: every link is absolute. Variables: site, meta, nav,
     page (HomeView). With search, the box is filled with the words of the missing URL and searches them. -->
<#import "partials/layout.ftl" as layout>
<@layout.page>
<h1>Page not found</h1>
<p class="lead">There is no page at this address. It may have moved, or the link may be mistyped.</p>
<#if site.search>
<#include "partials/search-form.ftl">
</#if>
<p><a class="button" href="/faq/">Go to the FAQ</a></p>
<h2>Categories</h2>
<ul class="question-list not-found-categories">
<#list page.categories as category>
<li><a href="${category.url}">${category.label}</a></li>
</#list>
</ul>
</@layout.page>
