<#-- @ftlvariable name="feature" type="dev.featuredocs.processor.model.FeatureSummary" -->
### Data Models

<#if feature.models?has_content>
<#if feature.models[0].mapper?has_content>
_JSON as ${feature.models[0].mapper} writes and reads it: wire names, required fields and examples follow its rules._

</#if>
<#if feature.requestModels?has_content>
#### Request Validation

<#list feature.requestModels as model>
<@modelBlock model/>
</#list>
</#if>
<#if feature.responseModels?has_content>
#### Response Models

<#list feature.responseModels as model>
<@modelBlock model/>
</#list>
</#if>
<#if feature.otherModels?has_content>
#### Other Models

<#list feature.otherModels as model>
<@modelBlock model/>
</#list>
</#if>
<#else>
_No data models: no endpoint of this feature takes or returns a JSON body._

</#if>
<#macro modelBlock model>
##### ${model.name}
**File**: <#if model.file?has_content><@md.code model.file/><#else>_from a class file_</#if>  
**Purpose**: <#if model.purpose?has_content>${model.purpose}<#else>_no javadoc_</#if>  
**Schema**: [${model.schemaFile}](schemas/${model.schemaFile?no_esc})

<@md.fenced "java" model.declaration/>

<#if model.kind == "enum">
**Values**:
<#list model.fields as value>
- <@md.code value.name/><#if value.description?has_content> — ${value.description}</#if>
</#list>
<#elseif model.fields?has_content>
| Field | Type | Required | Constraints | Default | Description |
|---|---|---|---|---|---|
<#list model.fields as field>
| <@md.cellcode field.name/> | <@md.cellcode field.type/> | <#if field.required>yes<#else>no</#if> | ${field.constraints} | <#if field.defaultValue?has_content><@md.cellcode field.defaultValue/></#if> | ${field.description} |
</#list>
</#if>

**Example**:
<@md.fenced "json" model.example/>

</#macro>
