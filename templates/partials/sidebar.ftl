<#ftl output_format="HTML">
<#-- Every category in order; the current one open. Toggle buttons work with site.js; without JavaScript
     noscript.css shows every list and hides the buttons. -->
<nav class="sidebar" id="sidebar" aria-label="FAQ categories">
<#-- On phones the sidebar is the menu: it carries the navbar's links there (hidden on wide screens) -->
<#if site.navbar.links?has_content || site.navbar.products?has_content || site.navbar.callToAction??>
<div class="sidebar-site">
<ul>
<#list site.navbar.links as link>
<li><a href="${link.href}"<#if link.external()> rel="noopener"</#if>>${link.label}</a></li>
</#list>
</ul>
<#if site.navbar.products?has_content>
<p class="sidebar-site-group">Products</p>
<ul>
<#list site.navbar.products as product>
<li><a href="${product.href}">${product.label}</a></li>
</#list>
</ul>
</#if>
<#if site.navbar.callToAction??>
<a class="button sidebar-cta" href="${site.navbar.callToAction.href}">${site.navbar.callToAction.label}</a>
</#if>
</div>
</#if>
<p class="sidebar-title"><a href="/faq/"<#if meta.url == "/faq/"> aria-current="page"</#if>>FAQ</a></p>
<ul class="sb-cats">
<#list nav.sidebar as cat>
<li class="sb-cat<#if cat.expanded> is-open</#if>">
<div class="sb-row">
<a class="sb-cat-link" href="${cat.url}"<#if cat.url == meta.url> aria-current="page"</#if>>${cat.label}</a>
<button type="button" class="sb-toggle" aria-expanded="${cat.expanded?c}" aria-controls="sb-${cat.id}"><span class="visually-hidden">${cat.label}: show questions</span></button>
</div>
<ul class="sb-items" id="sb-${cat.id}"<#if !cat.expanded> hidden</#if><#if cat.itemsUrl?has_content> data-src="${cat.itemsUrl}"</#if>>
<#list cat.items as item>
<li><a href="${item.url}"<#if item.url == meta.url> aria-current="page"</#if>>${item.title}</a></li>
</#list>
<#if cat.truncated>
<li class="sb-more"><a href="${cat.url}">All ${cat.total} questions in ${cat.label}</a></li>
</#if>
</ul>
</li>
</#list>
</ul>
</nav>
