<#-- @ftlvariable name="feature" type="dev.featuredocs.processor.model.FeatureSummary" -->
<#assign performance = feature.performance>
<#macro facts items none>
<#list items as item>
  - <@md.code item.element/>: ${item.detail?no_esc}
<#else>
  - _${none}_
</#list>
</#macro>
## Performance Considerations

### Optimizations Implemented
- **Database Queries**:
<@facts performance.database "nothing visible in code: no read-only transaction, pagination, association or repository query"/>
- **Caching**:
<@facts performance.caching "none: no @Cacheable, @CachePut or @CacheEvict"/>
- **Async Operations**:
<@facts performance.async "none: no @Async method and no asynchronous or reactive return type"/>
- **Resource Management**:
<@facts performance.resources "no read-write transaction boundary declared in this feature"/>

### Performance Metrics
<@md.manual "performance-metrics"/>

### Scalability Considerations
<@md.manual "scalability"/>
