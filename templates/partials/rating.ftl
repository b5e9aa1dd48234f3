<#ftl output_format="HTML">
<#-- "Was this section helpful?" Votes are not stored yet: the buttons are shown disabled and the widget says so,
     rather than pretending to record anything. -->
<section class="rating" aria-labelledby="rating-title">
<h2 id="rating-title" class="rating-title">Was this section helpful?</h2>
<form class="rating-form" method="post" action="/api/ratings">
<input type="hidden" name="page" value="${meta.url}">
<div class="rating-scale" role="group" aria-labelledby="rating-title">
<#assign words = ["not helpful", "slightly helpful", "somewhat helpful", "helpful", "very helpful"]>
<#list 1..5 as n>
<button type="submit" name="score" value="${n}" aria-label="${n} of 5, ${words[n - 1]}" disabled>${n}</button>
</#list>
</div>
</form>
<p class="rating-status" role="status">Ratings are not collected on this site yet.</p>
</section>
