<#-- @ftlvariable name="feature" type="dev.featuredocs.processor.model.FeatureSummary" -->
### API Endpoints Implemented

<#assign base = feature.basePaths>
<#if base.paths?has_content>
**Base paths** (from the app's configuration):

<#list base.paths as item>
- ${item.what}: <@md.code item.path/> (<@md.code item.source/>)
</#list>

<#if base.prefix?has_content>
<#if base.prepended>Every path below includes <@md.code base.prefix/>.<#else>Every path below is relative to <@md.code base.prefix/>: a request to <@md.code "GET /x"/> goes to <@md.code "GET " + base.prefix + "/x"/>.</#if>

</#if>
</#if>
<#list feature.endpoints as endpoint>
#### ${endpoint.method} ${endpoint.path}
**Purpose**: ${endpoint.purpose}  
**Handler**: <@md.code endpoint.handler/>  
**Security**: <#if endpoint.security?has_content><@md.code endpoint.security/><#else>_no method security annotation_</#if>  
<#if endpoint.consumes?has_content>
**Consumes**: <#list endpoint.consumes as type><@md.code type/><#sep>, </#list>  
</#if>
<#if endpoint.produces?has_content>
**Produces**: <#list endpoint.produces as type><@md.code type/><#sep>, </#list>  
</#if>

<#if endpoint.parameters?has_content>
**Parameters**:

| Name | In | Type | Required | Default | Constraints | Description |
|---|---|---|---|---|---|---|
<#list endpoint.parameters as p>
| <@md.cellcode p.name/> | ${p.in} | <@md.cellcode p.type/> | <#if p.required>yes<#else>no</#if> | <#if p.defaultValue?has_content><@md.cellcode p.defaultValue/></#if> | <#if p.constraints?has_content><@md.cellcode p.constraints/></#if> | ${p.description} |
</#list>
<#else>
**Parameters**: _none_
</#if>

<#if endpoint.request??><@body "Request" endpoint.request/><#else>**Request**: _no body_</#if>

<#if endpoint.response??><@body "Response" endpoint.response/><#else>**Response**: _no body_</#if>

**Status Codes**:
<#list endpoint.statuses as status>
<#if status.code == 0>
- `?` — <#if status.success>success, <#elseif status.cause?has_content><@md.code status.cause/>: <#elseif status.reason?has_content>${status.reason}, </#if>decided at run time by <@md.code status.source/>
<#else>
- `${status.code?c}` — <#if status.success>success<#else>${status.reason}</#if><#if status.cause?has_content><#if status.reason?has_content && !status.success> </#if><@md.code status.cause/></#if><#if status.source?has_content> (<@md.code status.source/>)</#if>
</#if>
</#list>
<#if endpoint.errorBodies?has_content>

**Error bodies**: <#list endpoint.errorBodies as group><#if group.type?has_content><@md.code group.type/> for <#else>body not known from code for </#if><#list group.codes as code>${code}<#sep>, </#list><#sep>; </#list>
</#if>

<#else>
_No endpoints: no controller or resource of this feature maps a request._

</#list>
<#macro body label body>
**${label}**: <@md.code body.type/><#if body.model?has_content> — model [${body.model}](#${body.model?lower_case?replace("[^a-z0-9_ -]", "", "r")?replace(" ", "-")}) (full example under Data Models)</#if>
<#if body.example?has_content>
<@md.fenced "json" body.example/>
<#else>
_its JSON shape is not visible in the signature_
</#if>
</#macro>
