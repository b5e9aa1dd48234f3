<#ftl output_format="HTML">
<#-- The key checker: the full tool (key-check.ftl) and the compact widget in an answer (question.ftl), both from a
     KeyCheckView. Without JavaScript the form posts to the API, which answers with the full page, its parts marked
     by the kc: comments filled in; key-check.js takes over when it runs. Controls that need JavaScript are hidden
     until the script shows them. The stylesheet and script come with the checker (<@assets/>, first thing in the page's
     content; both are allowed in the body), so that only pages with the checker load them and a site's own layout.ftl
     needs no change. -->

<#macro assets>
<link rel="stylesheet" href="/assets/css/key-check.css?v=${site.assetVersion}">
<script src="/assets/js/key-check.js?v=${site.assetVersion}" defer></script>
</#macro>

<#macro form view idPrefix>
<form class="kc-form" method="post" action="${view.apiUrl}" novalidate>
<label class="kc-label" for="${idPrefix}-key">Your API key</label>
<div class="kc-key-row">
<input class="kc-key" id="${idPrefix}-key" name="key" type="password" autocomplete="off" autocapitalize="none" spellcheck="false" maxlength="300" required aria-describedby="${idPrefix}-key-hint ${idPrefix}-key-msg">
<button type="button" class="kc-show" aria-controls="${idPrefix}-key" aria-pressed="false" hidden>Show</button>
<button type="submit" class="button kc-submit">Check key</button>
</div>
<p class="kc-hint" id="${idPrefix}-key-hint">Letters, digits and hyphens, at most 128 characters. It goes to this site's server and from there only to the regions listed, in the ${view.keyHeader} header; it is never stored, logged or shown again.</p>
<p class="kc-msg" id="${idPrefix}-key-msg" aria-live="polite"><!--kc:field--></p>
<!--kc:state--><input type="hidden" name="attempt" value="1"><!--/kc:state-->
</form>
</#macro>

<#macro verdict>
<div class="kc-verdict" data-kind="none" role="status" aria-live="polite" aria-atomic="true">
<!--kc:verdict--><p class="kc-verdict-line"><span class="kc-verdict-icon" aria-hidden="true">○</span> <strong class="kc-verdict-text">Not checked yet</strong></p><!--/kc:verdict-->
</div>
</#macro>

<#macro checker view>
<section class="kc kc-full" id="key-check" data-key-check data-api="${view.apiUrl}" data-retry-first="${view.retryFirstSeconds?c}" data-retry-max="${view.retryMaxSeconds?c}" data-stop-after="${(view.stopAfterMinutes * 60)?c}" aria-labelledby="kc-title">
<h2 id="kc-title">Check a key</h2>
<!--kc:notice-->
<@form view=view idPrefix="kc"/>
<p class="kc-cost">Each check sends one small request to each of the ${view.regions?size} regions, so with a real key it costs about ${view.regions?size} API <#if view.regions?size == 1>credit<#else>credits</#if> — one per region. <span class="kc-auto" hidden>While the key is not known everywhere, this page checks again by itself, less and less often: after about ${view.retryFirstSeconds} s, then twice as long each time up to every ${view.retryMaxSeconds} s, and it stops after ${view.stopAfterMinutes} minutes.</span></p>
<@verdict/>
<div class="kc-progress" hidden>
<p class="kc-timer">First check <span class="kc-elapsed">just now</span>.</p>
<p class="kc-countdown"></p>
<div class="kc-controls">
<button type="button" class="kc-now">Check now</button>
<button type="button" class="kc-stop" aria-pressed="false">Stop</button>
</div>
</div>
<div class="kc-table-wrap" tabindex="0" role="region" aria-labelledby="kc-table-caption">
<table class="kc-table">
<caption id="kc-table-caption">Result per region</caption>
<thead><tr><th scope="col">Region</th><th scope="col">Status</th><th scope="col">HTTP</th><th scope="col">Latency</th><th scope="col">Checked at</th><th scope="col">Attempt</th></tr></thead>
<tbody>
<#list view.regions as region>
<#-- the one drawing of a region's row: key-check.js and, for a check posted without JavaScript, the server fill its
     cells (marked kc:<region>:<cell>) and its data-outcome, never draw it again -->
<tr class="kc-row" data-region="${region.id}" data-outcome="none"><th scope="row"><span class="kc-region">${region.label}</span><#if region.location?has_content> <span class="kc-location">${region.location}</span></#if></th><td class="kc-status"><!--kc:${region.id}:status--><span class="kc-icon" aria-hidden="true">○</span> <span class="kc-words">not checked yet</span><span class="kc-note"></span><!--/kc:${region.id}:status--></td><td class="kc-http"><!--kc:${region.id}:http-->–<!--/kc:${region.id}:http--></td><td class="kc-latency"><!--kc:${region.id}:latency-->–<!--/kc:${region.id}:latency--></td><td class="kc-time"><!--kc:${region.id}:time-->–<!--/kc:${region.id}:time--></td><td class="kc-attempt"><!--kc:${region.id}:attempt-->–<!--/kc:${region.id}:attempt--></td></tr>
</#list>
</tbody>
</table>
</div>
<div class="kc-advice"><!--kc:advice--><!--/kc:advice--></div>
<section class="kc-support" aria-labelledby="kc-support-title">
<h2 id="kc-support-title">Still rejected after 10 minutes?</h2>
<p>Generate a new key only if the old one is still not recognised after 5–10 minutes<#if view.propagationAnswer?has_content> (<a href="${view.propagationAnswer}">why a new key is briefly rejected</a>)</#if>. If the new key fails too<#if view.supportUrl?has_content>, <a href="${view.supportUrl}" rel="noopener">contact support</a><#else>, contact support</#if> and include the diagnostic summary: the regions, their answers and times, and the key's last four characters — never the key itself.</p>
<div class="kc-diagnostics" hidden>
<button type="button" class="kc-copy">Copy diagnostic summary</button> <span class="kc-copy-status" role="status"></span>
<details class="kc-summary-details"><summary>Show the diagnostic summary</summary>
<label class="visually-hidden" for="kc-summary">Diagnostic summary</label>
<textarea class="kc-summary" id="kc-summary" readonly rows="9"></textarea>
</details>
</div>
</section>
</section>
</#macro>

<#macro widget view>
<@assets/>
<aside class="kc kc-compact" data-key-check data-compact data-pagefind-ignore data-api="${view.apiUrl}" aria-labelledby="kcw-title">
<h2 id="kcw-title" class="kc-widget-title">Does your key work in every region yet?</h2>
<p class="kc-widget-intro">Check it in all ${view.regions?size} regions at once<#if view.demo> (this site runs the checker in demo mode, against simulated regions)</#if>. A check costs about one API credit per region.</p>
<@form view=view idPrefix="kcw"/>
<@verdict/>
<ul class="kc-list">
<#list view.regions as region>
<li class="kc-row" data-region="${region.id}" data-outcome="none"><span class="kc-icon" aria-hidden="true">○</span> <span class="kc-region">${region.label}</span>: <span class="kc-words">not checked yet</span> <span class="kc-http"></span></li>
</#list>
</ul>
<div class="kc-advice"></div>
<p class="kc-more"><a href="${view.url}">Open the full key checker</a> for automatic re-checks, advice and a diagnostic summary<#if view.demo>, and to create a demo key</#if>.</p>
</aside>
</#macro>
