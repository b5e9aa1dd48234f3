<#ftl output_format="HTML">
<#-- The search form of the search page and the 404 page: results listed in the page. Works from any URL (the 404
     page is served at every unknown one); without JavaScript the search page says that it needs it. -->
<form class="search search-page" role="search" aria-label="Answers" action="/search/" method="get" data-search-script="/assets/js/search.js?v=${site.assetVersion}"<#if meta.kind == "notfound"> data-search-from-path<#else> data-search-updates-url</#if>>
<label for="search-page-q">Search the answers</label>
<div class="search-row"><span class="search-field"><input id="search-page-q" class="search-input" type="search" name="q" autocomplete="off" spellcheck="false" enterkeyhint="search"></span><button type="submit" class="button">Search</button></div>
<p class="search-status" role="status"></p>
<ol class="search-results" aria-label="Search results"></ol>
</form>
