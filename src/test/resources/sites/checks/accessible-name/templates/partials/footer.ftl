<#ftl output_format="HTML">
<footer class="footer">
<p class="copyright">${site.footer.copyright}</p>
<button type="button" class="to-top"></button>
<label>Search <input type="search" name="q"></label>
<input type="email" name="email">
</footer>
