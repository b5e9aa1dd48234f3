<#ftl output_format="HTML">
<#-- ::rating in an answer: "Was this section helpful?" where the author puts it instead of under the answer.
     Variables: site, page (ComponentPage), ratings (RatingsView). The partial reads the page's path from meta.url. -->
<#assign meta = {"url": page.url}>
<#include "/partials/rating.ftl">
