<#ftl output_format="HTML">
<#-- :::details-box{summary="…"} … ::: — Variables: attrs (summary, open), body (the rendered Markdown inside). -->
<details class="details-box"<#if attrs.open> open</#if>>
<summary>${attrs.summary}</summary>
${body?no_esc}
</details>
