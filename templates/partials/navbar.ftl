<#ftl output_format="HTML">
<header class="navbar">
<nav class="navbar-inner" aria-label="Main">
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
<#if site.navbar.callToAction??>
<a class="navbar-cta" href="${site.navbar.callToAction.href}">${site.navbar.callToAction.label}</a>
</#if>
</nav>
</header>
