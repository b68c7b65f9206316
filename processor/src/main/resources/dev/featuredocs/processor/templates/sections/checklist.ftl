<#-- @ftlvariable name="feature" type="dev.featuredocs.processor.model.FeatureSummary" -->
---

**Completion Checklist**:
<#list feature.criteria.completion as criterion>
<@md.criterion criterion/>
</#list>
