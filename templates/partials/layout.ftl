<#ftl output_format="HTML">
<#-- The frame of every HTML page: head, skip link, navbar, sidebar, breadcrumbs, main, footer.
     Variables: site, meta, nav (see docs/templates.md). -->
<#macro page>
<!DOCTYPE html>
<html lang="${site.language}">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title><#if meta.kind == "home">${site.name}<#else>${meta.title} | ${site.name}</#if></title>
<meta name="description" content="${meta.description}">
<link rel="canonical" href="${meta.canonical}">
<link rel="icon" href="/assets/img/logo.svg" type="image/svg+xml">
<link rel="stylesheet" href="/assets/css/site.css?v=${site.assetVersion}">
<noscript><link rel="stylesheet" href="/assets/css/noscript.css?v=${site.assetVersion}"></noscript>
<script src="/assets/js/site.js?v=${site.assetVersion}" defer></script>
</head>
<body class="kind-${meta.kind}">
<a class="skip-link" href="#main">Skip to main content</a>
<#include "navbar.ftl">
<div class="layout<#if !nav.sidebar?has_content> layout-wide</#if>">
<#if nav.sidebar?has_content>
<#include "sidebar.ftl">
</#if>
<main id="main" class="main" tabindex="-1">
<#if nav.breadcrumbs?has_content>
<#include "breadcrumbs.ftl">
</#if>
<#nested>
</main>
</div>
<#include "footer.ftl">
</body>
</html>
</#macro>
