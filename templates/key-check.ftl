<#ftl output_format="HTML">
<#-- The key checker at /tools/key-check/. Variables: site, meta, nav, page (KeyCheckView). The server also answers a
     check posted without JavaScript with this page, the parts marked kc: filled in (see partials/key-check.ftl). -->
<#import "partials/layout.ftl" as layout>
<#import "partials/key-check.ftl" as kc>
<@layout.page>
<@kc.assets/>
<h1>${page.title}</h1>
<p class="lead">A new API key takes a few minutes to reach every regional site of the API. Until it arrives, a site answers with “Invalid API Key” (HTTP 401). This checker asks each region whether it knows your key yet, and tells you what to do.</p>
<#if page.demo>
<aside class="kc-demo" aria-labelledby="kc-demo-title">
<h2 id="kc-demo-title">Demo mode</h2>
<p>This site has no real API regions configured, so the ${page.regions?size} regions below are simulated by this server. Nothing you type here is sent to the real API. Create a demo key to see a new key reach one region after another, all of them within ${page.demoSpan}.</p>
<form class="kc-demo-form" method="post" action="${page.demoKeysUrl}">
<button type="submit" class="button kc-demo-button">Create a demo key</button>
</form>
<p class="kc-demo-status" role="status"></p>
</aside>
</#if>
<@kc.checker view=page/>
<section class="kc-how" aria-labelledby="kc-how-title">
<h2 id="kc-how-title">How the check works</h2>
<ul>
<li>Each region gets one request, <code>${page.probe}</code>, with your key in the <code>${page.keyHeader}</code> header. Regions are asked in parallel, and each row fills in as soon as its region answers.</li>
<li>401 means the region does not know the key yet. 200, 403, 429 and 550 mean it knows the key. A timeout, a server error (5xx) or a failed connection says nothing about the key: the region is shown as unreachable.</li>
<li>Your key is sent to this site's server in the body of a request, never in an address, and from there only to the regions listed. It is not stored or logged; results show only its last four characters.</li>
</ul>
</section>
</@layout.page>
