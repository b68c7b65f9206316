<#-- @ftlvariable name="features" type="java.util.List<dev.featuredocs.processor.render.FeatureIndex>" -->
<#-- @ftlvariable name="openApi" type="java.lang.Boolean" -->
<#-- @ftlvariable name="schemas" type="java.lang.Boolean" -->
<#-- The index of the docs directory: one row per feature summary, and links to the machine-readable files. -->
<#import "lib/markdown.ftl" as md>
# Features

<#if features?size == 1>One feature is<#else>${features?size} features are</#if> documented here, each in a summary generated from the code.

| Feature | Business value | Owner | Endpoints | Models | Rules verified by tests | Phases done | Open tasks |
|---|---|---|---|---|---|---|---|
<#list features as f>
| [${f.name}](${f.slug?no_esc}.md) | <#if f.businessValue?has_content>${f.businessValue}<#else>_not declared_</#if> | <#if f.owner?has_content>${f.owner}<#else>_not declared_</#if> | ${f.endpoints} | ${f.models} | <#if f.rulesVerified?has_content>${f.rulesVerified}<#else>_not analysed_</#if> | ${f.phasesDone}/${f.phases} | ${f.openTasks} |
</#list>

_Rules verified by tests_ counts the business rules at least one test names with `@Verifies`; it is filled in when the tests are compiled. A phase is done when all its tasks and testing criteria are checked.

<#if openApi>
- OpenAPI 3.1 document of these endpoints: [openapi.json](openapi.json)
</#if>
<#if schemas>
- JSON Schemas of the data models: [schemas/](schemas/)
</#if>
