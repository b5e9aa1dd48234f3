<#ftl output_format="HTML">
<#-- All questions of one category, loaded into the sidebar by site.js when a reader opens a large category.
     Variables: site, page (SidebarFragmentView). -->
<#list page.items as item>
<li><a href="${item.url}">${item.title}</a></li>
</#list>
