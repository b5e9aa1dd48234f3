<#ftl output_format="HTML">
<footer class="footer">
<div class="footer-inner">
<#if site.footer.columns?has_content>
<div class="footer-columns">
<#list site.footer.columns as column>
<div class="footer-column">
<p class="footer-title">${column.title}</p>
<ul>
<#list column.links as link>
<li><a href="${link.href}"<#if link.external()> rel="noopener"</#if>>${link.label}</a></li>
</#list>
</ul>
</div>
</#list>
</div>
</#if>
<p class="copyright">${site.footer.copyright}</p>
</div>
</footer>
