<#ftl output_format="HTML">
<#-- "Was this section helpful?" Rendered when the site collects ratings (variable ratings; see README, "Ratings").
     Without JavaScript each score is a plain form post; the server answers with a redirect back to #rated-N, and the
     block with that id (shown by :target) thanks the reader and, after a low score, asks what was wrong.
     With JavaScript (assets/js/rating.js) votes are sent in the background, the chosen score is pressed and
     announced, the reader's earlier vote is fetched, and a site served without the API says feedback is unavailable. -->
<#if ratings??>
<#assign words = ["not helpful", "slightly helpful", "somewhat helpful", "helpful", "very helpful"]>
<#macro details score>
<form class="rating-details" method="post" action="${ratings.api}">
<input type="hidden" name="page" value="${meta.url}">
<input type="hidden" name="score" value="${score}">
<fieldset class="rating-reasons">
<legend>What was wrong? <span class="rating-optional">(optional)</span></legend>
<#list ratings.reasons as reason>
<label class="rating-reason"><input type="checkbox" name="reasons" value="${reason.id}"> ${reason.label}</label>
</#list>
</fieldset>
<label class="rating-comment-label" for="rating-comment-${score}">Anything else the authors should know? <span class="rating-optional">(optional, up to ${ratings.commentMax} characters; please leave out personal data)</span></label>
<textarea class="rating-comment" id="rating-comment-${score}" name="comment" rows="3" maxlength="${ratings.commentMax}"></textarea>
<button type="submit" class="rating-send">Send feedback</button>
</form>
</#macro>
<section class="rating" id="rating" aria-labelledby="rating-title" data-api="${ratings.api}" data-page="${meta.url}">
<h2 id="rating-title" class="rating-title">Was this section helpful?</h2>
<form class="rating-form" method="post" action="${ratings.api}">
<input type="hidden" name="page" value="${meta.url}">
<div class="rating-scale" role="group" aria-labelledby="rating-title">
<#list 1..5 as n>
<button type="submit" name="score" value="${n}" aria-label="${n} of 5, ${words[n - 1]}">${n}</button>
</#list>
</div>
<p class="rating-legend" aria-hidden="true"><span>Not helpful</span><span>Very helpful</span></p>
</form>
<p class="rating-status" role="status" aria-live="polite"></p>
<#list 1..5 as n>
<div class="rating-after" id="rated-${n}" tabindex="-1">
<p class="rating-thanks">Thank you! You rated this page ${n} of 5.</p>
<#if n <= 2><@details score=n/></#if>
</div>
</#list>
<div class="rating-after" id="rated-details" tabindex="-1">
<p class="rating-thanks">Thank you for telling us what was wrong. The authors of this page will read it.</p>
</div>
</section>
<script src="/assets/js/rating.js?v=${site.assetVersion}" defer></script>
</#if>
