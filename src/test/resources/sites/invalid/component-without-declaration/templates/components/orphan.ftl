<#ftl output_format="HTML">
<p>orphan</p>
