<#ftl output_format="HTML">
<footer class="footer">
<nav>
<a href="/faq/">FAQ home</a>
</nav>
<p class="copyright">${site.footer.copyright}</p>
</footer>
