<#-- @ftlvariable name="feature" type="dev.featuredocs.processor.model.FeatureSummary" -->
<#assign integration = feature.integration>
<#assign db = feature.persistence>
## Integration Points

### Dependencies
<#if integration.externalApis?has_content>
- **External APIs**:
<#list integration.externalApis as api>
  - ${api.kind} <@md.code api.client/><#if api.target?has_content> (<@md.code api.target/>)</#if><#if api.operations?has_content>: <#list api.operations as operation><@md.code operation/><#sep>, </#list></#if>
</#list>
<#else>
- **External APIs**: _none: no `@FeignClient` or `@HttpExchange` interface, and no `RestClient`, `WebClient` or `RestTemplate` field in this feature_
</#if>
<#if db.empty>
- **Database**: _none: no entity or repository_
<#else>
- **Database**: <#if db.tables?has_content>entities <#list db.tables as table><@md.code table.entity/><#if table.name?has_content> (table <@md.code table.name/>)</#if><#sep>, </#list></#if><#if db.tables?has_content && db.repositories?has_content>; </#if><#if db.repositories?has_content>repositories <#list db.repositories as repository><@md.code repository.name/><#sep>, </#list></#if>
</#if>
<#if feature.crossFeature?has_content>
- **Internal Services**: <#list feature.crossFeature as use><@md.code use.to/> of [${use.feature}](${use.slug?no_esc}.md) (used by <@md.code use.from/>)<#sep>; </#list>
<#else>
- **Internal Services**: _none: this feature injects no other feature's types_
</#if>
<#if integration.libraries?has_content>
- **Third-party Libraries**:
<#list integration.libraries as library>
  - <@md.code library.group/>: <#list library.packages as package><@md.code package/><#sep>, </#list>
</#list>
<#else>
- **Third-party Libraries**: _none imported_
</#if>

### Breaking Changes
<#list integration.deprecations as deprecation>
- <@md.code deprecation.element/> is deprecated<#if deprecation.since?has_content> since ${deprecation.since}</#if><#if deprecation.forRemoval> and will be removed</#if><#if deprecation.note?has_content>: ${deprecation.note}</#if>
<#else>
- _None announced in code: no type or member of this feature is `@Deprecated`._
</#list>
- **Migration steps for clients**:
<@md.manual "client-migration" "  "/>

### Database Impact
<#if db.empty>
- **Schema Changes**: _none: no entity_
<#else>
- **Schema Changes**: <#if db.tables?has_content><#list db.tables as table><#if table.name?has_content><@md.code table.name/><#else>the table of <@md.code table.entity/></#if><#sep>, </#list> (see Database Changes)<#else>_none: no entity table_</#if>
</#if>
- **Data Migration**:
<@md.manual "data-migration" "  "/>
<#assign unindexed = db.unindexedQueries>
<#if db.empty>
- **Performance Impact**: _none: no queries_
<#elseif unindexed?has_content>
- **Performance Impact**: <#list unindexed as query><@md.code query.label/> filters on <#list query.unindexed as column><@md.code column/><#sep>, </#list><#sep>; </#list>: no index serves <#if unindexed?size == 1>it<#else>them</#if>
<#else>
- **Performance Impact**: every column a query method of this feature filters on is served by an index
</#if>
