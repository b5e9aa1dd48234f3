<#ftl output_format="HTML">
<#-- "On this page": the answer's ## and ### headings (toc, when the including template sets it, else page.toc). site.js marks the section in view and, on narrow screens,
     folds the list behind its button (noscript.css keeps it open without JavaScript). -->
<nav class="toc" aria-labelledby="toc-label" data-pagefind-ignore>
<p class="toc-title" id="toc-label">On this page</p>
<button type="button" class="toc-toggle" aria-expanded="false" aria-controls="toc-list">On this page</button>
<ul class="toc-list" id="toc-list">
<#list (toc!page.toc) as heading>
<li class="toc-l${heading.level}"><a href="#${heading.id}">${heading.text}</a></li>
</#list>
</ul>
</nav>
