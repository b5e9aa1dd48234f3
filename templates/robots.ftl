<#ftl output_format="plainText">
<#-- robots.txt. Variables: site. The search page is left out: its results are other pages. -->
User-agent: *
Disallow: /search/
Sitemap: ${site.baseUrl}/sitemap.xml
