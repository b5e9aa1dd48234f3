<#ftl output_format="HTML">
<nav class="breadcrumbs" aria-label="Breadcrumbs">
<ol>
<#list nav.breadcrumbs as crumb>
<#if crumb?has_next>
<li><a href="${crumb.url}">${crumb.label}</a></li>
<#else>
<li><span aria-current="page">${crumb.label}</span></li>
</#if>
</#list>
</ol>
</nav>
