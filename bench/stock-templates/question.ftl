<#ftl output_format="HTML">
<#-- The peer in the benchmark: the same page skeleton as faqsite's question.ftl (navbar, breadcrumbs, answer,
     previous/next with titles, footer), written against stock JBake's own model. Stock JBake fills
     content.previousContent / content.nextContent itself, by reloading the documents of the type for every page. -->
<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8">
<title>${content.title} | Benchmark Docs</title>
<meta name="description" content="${content.description!""}">
<link rel="stylesheet" href="/assets/css/site.css">
</head>
<body>
<header class="navbar"><nav class="navbar-inner" aria-label="Main"><a class="brand" href="/">Benchmark Docs</a></nav></header>
<div class="layout layout-wide">
<main id="main" class="main">
<nav class="breadcrumbs" aria-label="Breadcrumbs"><ol><li><a href="/">Home</a></li><li><a href="/faq/">FAQ</a></li><li>${content.category!""}</li><li><span aria-current="page">${content.title}</span></li></ol></nav>
<article class="answer"><h1>${content.title}</h1><div class="answer-body">${content.body?no_esc}</div></article>
<nav class="pager" aria-label="Previous and next questions">
<#if content.previousContent??><a class="pager-link pager-prev" href="/${content.previousContent.uri}">Previous ${content.previousContent.title}</a></#if>
<#if content.nextContent??><a class="pager-link pager-next" href="/${content.nextContent.uri}">Next ${content.nextContent.title}</a></#if>
</nav>
</main>
</div>
<footer class="footer"><p class="copyright">Copyright 2026 Benchmark</p></footer>
</body>
</html>
