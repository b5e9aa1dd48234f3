<#ftl output_format="HTML">
<footer class="footer">
<img class="footer-logo" src="/assets/img/logo.svg">
<p class="copyright">${site.footer.copyright}</p>
</footer>
