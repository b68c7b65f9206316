<#-- Shared Markdown macros. Values are auto-escaped by the Markdown output format; only code spans and link targets print raw. -->
<#-- A code span; a value that contains a backtick gets a double-backtick fence. -->
<#macro code text><#if text?contains("`")>`` ${text?no_esc} ``<#else>`${text?no_esc}`</#if></#macro>
<#-- A link whose text is its target (a URL or a path relative to the summary). -->
<#macro link target>[${target}](${target?replace(" ", "%20")?no_esc})</#macro>
<#-- A @Feature attribute that was not given, saying where to give it. -->
<#macro undeclared attribute>_not declared: add ${attribute?no_esc} to @Feature_</#macro>
<#-- Block macros below print whole lines, newline included, so they can stand alone on a template line. -->
<#-- A section this version does not derive from code yet. -->
<#macro later>
_Not derived from code yet: this version of featuredocs leaves this section empty._
</#macro>
<#-- A section code cannot tell: a block, named by a stable id, whose text the team writes and regeneration keeps. -->
<#macro manual id>
<!-- featuredocs:manual id="${id?no_esc}" -->
_Code cannot tell this: it is for the team to write._
<!-- /featuredocs:manual -->
</#macro>
<#-- A checklist line. -->
<#macro check item>
- [<#if item.done>x<#else> </#if>] ${item.text}
</#macro>
<#-- A block the test pass owns: its content is rendered from the tests; the main compile keeps the committed one. -->
<#macro tests id>
<!-- featuredocs:tests id="${id?no_esc}" -->
<#nested>
<!-- /featuredocs:tests -->
</#macro>
<#-- A computed criterion: ticked only when its check holds, with its evidence, then each failing element. -->
<#macro criterion item>
- [<#if item.done>x<#else> </#if>] **${item.name}**: ${item.evidence}<#if item.failing?has_content>; fails for:</#if>
<#list item.failing as failure>
  - ${failure}
</#list>
</#macro>
