<#-- @ftlvariable name="feature" type="dev.featuredocs.processor.model.FeatureSummary" -->
<#macro ruleLine rule>
${rule.number}. <#if rule.id?has_content>**${rule.id}**: </#if>${rule.text} (enforced in <#list rule.enforcedAt() as at><@md.code at/><#sep>, </#list>)
</#macro>
### Business Logic

<#list feature.services as service>
#### ${service.name}
**File**: <@md.code service.file/>  
**Purpose**: <#if service.purpose?has_content>${service.purpose}<#else>_no class javadoc_</#if>  
<#if service.implementedBy?has_content>
**Implemented by**: <#list service.implementedBy as name><@md.code name/><#sep>, </#list> (its rules, transactions and queries are listed there)  
</#if>
<#if service.implementing?has_content>
**Implements**: <#list service.implementing as name><@md.code name/><#sep>, </#list>  
</#if>

**Key Methods**:
<#list service.methods as method>
- <@md.code method/>
<#else>
_no public methods_
</#list>

**Business Rules**:
<#list service.rules as rule>
<@ruleLine rule/>
<#else>
_no business rules declared in this service_
</#list>

<#else>
_No services in this feature._

</#list>
<#if feature.otherRules?has_content>
#### Business Rules Enforced Outside Services
<#list feature.otherRules as rule>
<@ruleLine rule/>
</#list>
</#if>
