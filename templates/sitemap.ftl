<#ftl output_format="XML">
<?xml version="1.0" encoding="UTF-8"?>
<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">
<#list page.entries as entry>
<url><loc>${entry.loc}</loc><#if entry.lastmod?has_content><lastmod>${entry.lastmod}</lastmod></#if></url>
</#list>
</urlset>
