<#ftl output_format="HTML">
<#-- The frame of every HTML page: head (SEO, Open Graph, JSON-LD), skip link, navbar, sidebar, breadcrumbs, main,
     footer. Variables: site, meta, nav (see docs/templates.md). theme.js is the one render-blocking script: it sets
     the reader's theme before the first paint. -->
<#macro page>
<!DOCTYPE html>
<html lang="${site.language}">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title><#if meta.kind == "home">${site.name}<#else>${meta.title} | ${site.name}</#if></title>
<meta name="description" content="${meta.description}">
<#if meta.indexable>
<link rel="canonical" href="${meta.canonical}">
<#else>
<meta name="robots" content="noindex">
</#if>
<meta name="color-scheme" content="light dark">
<meta name="theme-color" media="(prefers-color-scheme: light)" content="#ffffff">
<meta name="theme-color" media="(prefers-color-scheme: dark)" content="#0f1217">
<meta property="og:type" content="${meta.type}">
<meta property="og:site_name" content="${site.name}">
<meta property="og:title" content="${meta.title}">
<meta property="og:description" content="${meta.description}">
<meta property="og:url" content="${meta.canonical}">
<#if site.language?contains("-")><meta property="og:locale" content="${site.language?replace("-", "_")}"></#if>
<#if meta.image?has_content><meta property="og:image" content="${meta.image}"></#if>
<#if meta.type == "article" && meta.modified?has_content><meta property="article:modified_time" content="${meta.modified}"></#if>
<meta name="twitter:card" content="${meta.image?has_content?then("summary_large_image", "summary")}">
<meta name="twitter:title" content="${meta.title}">
<meta name="twitter:description" content="${meta.description}">
<#if meta.image?has_content><meta name="twitter:image" content="${meta.image}"></#if>
<link rel="icon" href="/assets/img/logo.svg" type="image/svg+xml">
<script src="/assets/js/theme.js?v=${site.assetVersion}"></script>
<link rel="stylesheet" href="/assets/css/site.css?v=${site.assetVersion}">
<noscript><link rel="stylesheet" href="/assets/css/noscript.css?v=${site.assetVersion}"></noscript>
<script src="/assets/js/site.js?v=${site.assetVersion}" defer></script>
<#if tabs!false><script src="/assets/js/tabs.js?v=${site.assetVersion}" defer></script></#if>
<#list meta.structuredData as data>
<script type="application/ld+json">${data?no_esc}</script>
</#list>
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
