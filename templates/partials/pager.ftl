<#ftl output_format="HTML">
<#if nav.previous?? || nav.next??>
<nav class="pager" aria-label="Previous and next questions">
<#if nav.previous??>
<a class="pager-link pager-prev" href="${nav.previous.url}" rel="prev"><span class="pager-label">Previous</span><span class="pager-title">${nav.previous.title}</span></a>
</#if>
<#if nav.next??>
<a class="pager-link pager-next" href="${nav.next.url}" rel="next"><span class="pager-label">Next</span><span class="pager-title">${nav.next.title}</span></a>
</#if>
</nav>
</#if>
