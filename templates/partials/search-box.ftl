<#ftl output_format="HTML">
<#-- The navbar's search box: a plain GET form to /search/ that works without JavaScript; site.js loads search.js, and
     search.js loads the index, only once the reader starts searching. "/" focuses it. -->
<form class="search search-dropdown" role="search" aria-label="Site" action="/search/" method="get" data-search-script="/assets/js/search.js?v=${site.assetVersion}">
<label class="visually-hidden" for="search-q">Search the FAQ</label>
<span class="search-field"><input id="search-q" class="search-input" type="search" name="q" placeholder="Search" autocomplete="off" spellcheck="false" enterkeyhint="search" aria-keyshortcuts="/" aria-controls="search-q-results"><kbd class="search-key" aria-hidden="true">/</kbd></span>
<p class="search-status" role="status"></p>
<div class="search-panel" hidden><ul class="search-results" id="search-q-results" aria-label="Search results"></ul></div>
</form>
