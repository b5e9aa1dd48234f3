<#ftl output_format="HTML">
<#-- The search results page, /search/?q=words: where the navbar's box goes on Enter, and where the 404 page's form
     sends the reader. Variables: site, meta, nav, page (HomeView). -->
<#import "partials/layout.ftl" as layout>
<@layout.page>
<h1>Search</h1>
<#include "partials/search-form.ftl">
<noscript><p>Search runs in your browser and needs JavaScript. Browse the <a href="/faq/">categories</a> instead.</p></noscript>
</@layout.page>
