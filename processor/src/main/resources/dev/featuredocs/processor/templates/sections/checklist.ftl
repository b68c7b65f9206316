<#-- @ftlvariable name="feature" type="dev.featuredocs.processor.model.FeatureSummary" -->
---

**Completion Checklist**:
<#list feature.criteria.completion as criterion>
<@md.criterion criterion/>
<#else>
_No criteria were computed for this feature._
</#list>
