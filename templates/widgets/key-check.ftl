<#ftl output_format="HTML">
<#-- ::key-check in an answer: the key checker's compact widget where the author puts it. Variables: site, page
     (ComponentPage), view (KeyCheckView). -->
<#import "/partials/key-check.ftl" as kc>
<@kc.widget view=view/>
