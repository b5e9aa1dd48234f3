<#ftl output_format="HTML">
<span>${attrs.text}</span>
