<#-- @ftlvariable name="feature" type="dev.featuredocs.processor.model.FeatureSummary" -->
<#assign guide = feature.troubleshooting>
## Troubleshooting Guide

### Common Issues
<#list guide.issues as issue>
${issue?counter}. **Issue**: <@md.code issue.exception/><#if issue.issue?has_content> — ${issue.issue}<#else> — _no class javadoc_</#if>  
   **Symptoms**: <#if issue.status == 0>HTTP status decided at run time<#else>HTTP `${issue.status?c}`</#if><#if issue.body?has_content>, body <@md.code issue.body/></#if><#if issue.handler?has_content> (<@md.code issue.handler/>)<#else>: nothing maps it, the framework answers with its default error</#if><#if issue.thrownIn?has_content>; thrown in <#list issue.thrownIn as site><@md.code site/><#sep>, </#list><#elseif issue.raisedIn?has_content>; thrown in <@md.code issue.raisedIn/></#if>  
   **Solution**: <#if issue.solution?has_content>${issue.solution}<#else>_not documented: add a `@fix` tag to the javadoc of ${issue.exception}_</#if>

</#list>
<@md.manual "common-issues"/>

### Debug Information
**Logging**: <#if guide.loggers?has_content>the feature's loggers are named after its classes; raise them in `application.properties`:
```properties
<#list guide.loggers as logger>
logging.level.${logger?no_esc}=DEBUG
</#list>
```
<#else>_no classes found in this feature_
</#if>

**Database debugging**: <#if guide.persistence>the feature uses JPA; log its SQL and the values bound to it:
```properties
logging.level.org.hibernate.SQL=DEBUG
logging.level.org.hibernate.orm.jdbc.bind=TRACE
```
<#else>_not applicable: the feature has no repositories or entities_
</#if>

**Performance profiling**:
<@md.manual "performance-profiling"/>

### Monitoring
**Health Checks**: <#if guide.healthChecks?has_content>

<#list guide.healthChecks as check>
- <@md.code check.type/> contributes <@md.code check.component/> to <@md.code "GET " + check.endpoint/><#if feature.basePaths.healthWhere?has_content> on ${feature.basePaths.healthWhere}</#if><#if check.purpose?has_content>: ${check.purpose}</#if>
</#list>
<#elseif guide.healthFramework?has_content>_no health check in this feature; ${guide.healthFramework} reports the application's health at <@md.code "GET " + guide.healthPath/><#if feature.basePaths.healthWhere?has_content> on ${feature.basePaths.healthWhere}</#if>_
<#else>_no health check, and no health support (Spring Boot Actuator, SmallRye or MicroProfile Health) is on the class path_
</#if>

**Metrics and Alerts**:
<@md.manual "monitoring"/>
