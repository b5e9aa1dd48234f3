<#ftl output_format="HTML">
<#-- ::api-status{region="…"}: one region's status. Variables: attrs (region, status, refresh, compact), label, id,
     site, page. The script (api-status.js) marks the box live; the stylesheet colours it by status. -->
<section class="api-status api-status-${attrs.status}<#if attrs.compact> api-status-compact</#if>" id="${id}" data-api-status data-region="${attrs.region}" data-refresh="${attrs.refresh?c}" aria-labelledby="${id}-title">
<p class="api-status-title" id="${id}-title"><#if label?has_content>${label}<#else>Region ${attrs.region}</#if></p>
<p class="api-status-state">${attrs.status}</p>
<p class="api-status-checked" hidden>Looked at <time class="api-status-time"></time></p>
</section>
