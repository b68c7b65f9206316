<#-- @ftlvariable name="feature" type="dev.featuredocs.processor.model.FeatureSummary" -->
### Phase Breakdown

<#list feature.phases as phase>
#### ${phase.name}
**Duration**: <#if phase.duration?has_content>${phase.duration}<#elseif phase.planned>_not declared: add `duration` to the phase's plan_<#else>_not declared: this phase has no plan_</#if>  
**Tasks Completed**:
<#list phase.tasks as task>
<@md.check task/>
<#else>
_no tasks declared_
</#list>

**Testing ${phase.name}**:
<#list phase.tests as test>
<@md.check test/>
<#else>
_no testing criteria declared_
</#list>
<#if phase.delivered?has_content>

**Delivered in this phase**:
<#list phase.delivered as element>
- <@md.code element/>
</#list>
</#if>

<#else>
_No phases declared: add `@Phase` with a plan to the feature's package or types._
</#list>
