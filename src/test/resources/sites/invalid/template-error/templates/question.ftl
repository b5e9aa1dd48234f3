<#ftl output_format="HTML">
<html>
<body>
<h1>${page.title}</h1>
${page.subtitle}
</body>
</html>
