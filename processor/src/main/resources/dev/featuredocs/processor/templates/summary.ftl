<#-- @ftlvariable name="feature" type="dev.featuredocs.processor.model.FeatureSummary" -->
<#-- @ftlvariable name="fileTree" type="java.lang.String" -->
<#-- The Backend Feature Implementation Summary: every top-level section of the team template, in its order. -->
<#import "lib/markdown.ftl" as md>
<#include "sections/header.ftl">

<#include "sections/overview.ftl">

## Implementation Details

<#include "sections/phases.ftl">

<#include "sections/files.ftl">

<#include "sections/endpoints.ftl">

<#include "sections/data-models.ftl">

<#include "sections/business-logic.ftl">

<#include "sections/database.ftl">

<#include "sections/testing.ftl">

<#include "sections/security.ftl">

<#include "sections/integration.ftl">

<#include "sections/performance.ftl">

<#include "sections/future.ftl">

<#include "sections/troubleshooting.ftl">

<#include "sections/checklist.ftl">
