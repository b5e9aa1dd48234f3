<#ftl output_format="HTML">
<header class="navbar">
<nav class="navbar-inner" aria-label="Main">
<#if nav.sidebar?has_content>
<button type="button" class="icon-button menu-button" aria-controls="sidebar" aria-expanded="false"><span class="visually-hidden">Menu</span></button>
</#if>
<a class="brand" href="/"><#if site.navbar.logo?has_content><img src="${site.navbar.logo}" alt="" width="28" height="28"></#if><span>${site.navbar.title}</span></a>
<ul class="navbar-links">
<#if site.navbar.products?has_content>
<li class="navbar-menu">
<details>
<summary>Products</summary>
<ul>
<#list site.navbar.products as product>
<li><a href="${product.href}">${product.label}</a></li>
</#list>
</ul>
</details>
</li>
</#if>
<#list site.navbar.links as link>
<li><a href="${link.href}"<#if link.external()> rel="noopener"</#if>>${link.label}</a></li>
</#list>
</ul>
<#if site.search>
<#include "search-box.ftl">
</#if>
<#if site.navbar.callToAction??>
<a class="navbar-cta" href="${site.navbar.callToAction.href}">${site.navbar.callToAction.label}</a>
</#if>
<button type="button" class="icon-button theme-toggle" aria-pressed="false"><span class="visually-hidden">Dark mode</span></button>
</nav>
</header>
