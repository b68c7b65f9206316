<#-- @ftlvariable name="feature" type="dev.featuredocs.processor.model.FeatureSummary" -->
<#assign security = feature.security>
## Security Considerations

### Input Validation
<#if security.inputs?has_content>
| Endpoint | Input | Validation |
|---|---|---|
<#list security.inputs as input>
| <@md.cellcode input.endpoint/> | ${input.input} | <#if input.validated>${input.how}<#else>**${input.how}**</#if> |
</#list>

<#if security.unvalidated?has_content>
**Not validated**: <#list security.unvalidated as input><@md.code input.handler/><#sep>, </#list>.
<#else>
Every request body is validated before the handler runs.
</#if>
<#else>
_No endpoints: nothing comes in._
</#if>

### Authentication & Authorization
**Authentication Method**: <#if security.authentication?has_content>

<#list security.authentication as auth>
- ${auth.mechanism} (<@md.code auth.source/>)
</#list>
<#else>_no security configuration found in code (no `SecurityFilterChain` bean, no `@EnableMethodSecurity`)_
</#if>

<#if security.configurations?has_content>
**Security Configurations** (as the app's configuration files set them):

<#list security.configurations as config>
- <@md.code config.configuration/>: <#if config.active>**active**<#else>**${config.state}**</#if> — <@md.code config.condition/>: ${config.reason}<#if config.switchedBy?has_content>; <#if config.active>switched off by<#elseif config.state == "inactive">switched on by<#else>decided by</#if> <@md.code config.switchedBy/></#if>
</#list>

</#if>
**Authorization Rules**:
<#if security.access?has_content>

| Endpoint | Rule | Where |
|---|---|---|
<#list security.access as access>
| <@md.cellcode access.endpoint/> | <#if access.covered><@md.cellcode access.rule/><#if access.open> (open)</#if><#else>**no rule in code**</#if> | <#if access.source?has_content><@md.cellcode access.source/></#if> |
</#list>
<#else>
_No endpoints._
</#if>

**Permission Checks**: <#if security.access?has_content>${security.byMethodSecurity()?c} of ${security.access?size} endpoints by a method-security annotation, checked before the handler runs; ${security.byFilterChain()?c} by a filter-chain rule only, checked before the request reaches a controller (the first rule that matches decides).<#else>_no endpoints_</#if>

### Error Handling
<#if security.errors?has_content>
| Exception | Status | Handler | Body | Message |
|---|---|---|---|---|
<#list security.errors as error>
| <@md.cellcode error.exception/> | <#if error.status == 0>decided at run time<#else>${error.status?c}</#if> | <#if error.handler?has_content><@md.cellcode error.handler/><#else>**nothing maps it**</#if> | <#if error.body?has_content><@md.cellcode error.body/></#if> | <#if error.exposesMessage>**${error.messageNote}**<#elseif error.messageNote?has_content>${error.messageNote}<#else>not returned</#if> |
</#list>

<#if security.exposingMessages?has_content>
**Exception messages leaked**: <#list security.exposingMessages as error><@md.code error.handler/> returns the message of <@md.code error.exception/><#sep>; </#list>.
<#else>
No handler returns the message of a library or JDK exception.
</#if>
<#else>
_The feature's endpoints end in no exception visible in code._
</#if>
