<#-- @ftlvariable name="feature" type="dev.featuredocs.processor.model.FeatureSummary" -->
## Feature Overview

**Feature Name**: ${feature.name}  
**Business Value**: <#if feature.businessValue?has_content>${feature.businessValue}<#else><@md.undeclared "`businessValue`"/></#if>  
**API Architecture**: <#if feature.roleGroups?has_content><#list feature.roleGroups as group>${group.count} (<#list group.names as name><@md.code name/><#sep>, </#list>)<#sep>; </#list>.<#if feature.flows?has_content> Flow: <#list feature.flows as flow><#list flow as step><@md.code step/><#sep> → </#list><#sep>; </#list>.</#if><#if feature.crossFeature?has_content> Uses other features: <#list feature.crossFeature as use><@md.code use.from/> → <@md.code use.to/> ([${use.feature}](${use.slug?no_esc}.md))<#sep>; </#list>.</#if><#else>_no types found in this feature_</#if>  
<#if feature.architecture.drawable>

```mermaid
${feature.architecture.mermaid?no_esc}```
</#if>

### Success Criteria Met
<#list feature.criteria.success as criterion>
<@md.criterion criterion/>
<#else>
_No criteria were computed for this feature._
</#list>
