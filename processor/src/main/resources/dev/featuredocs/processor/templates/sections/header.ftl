<#-- @ftlvariable name="feature" type="dev.featuredocs.processor.model.FeatureSummary" -->
# ${feature.name} - Backend Implementation

**Implementation Date**: <#if feature.implementedOn?has_content>${feature.implementedOn}<#else><@md.undeclared "`implementedOn`"/></#if>  
**Developer/Agent**: <#if feature.owner?has_content>${feature.owner}<#else><@md.undeclared "`owner`"/></#if>  
**PRP Reference**: <#if feature.prp?has_content><@md.reference feature.prp/><#else><@md.undeclared "`prp`"/></#if>  
**PRD Reference**: <#if feature.prd?has_content><@md.reference feature.prd/><#else><@md.undeclared "`prd`"/></#if>  
