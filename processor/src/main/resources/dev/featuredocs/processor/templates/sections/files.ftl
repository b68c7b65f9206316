<#-- @ftlvariable name="feature" type="dev.featuredocs.processor.model.FeatureSummary" -->
<#-- @ftlvariable name="fileTree" type="java.lang.String" -->
### Files Created/Modified

#### New Files Created
<#if fileTree?has_content>
```
${fileTree?no_esc}```
<#else>
_No source files found for this feature._
</#if>

#### Modified Files
<@md.manual "modified-files"/>
