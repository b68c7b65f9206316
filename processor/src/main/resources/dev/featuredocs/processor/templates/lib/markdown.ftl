<#-- Shared Markdown macros. Values are auto-escaped by the Markdown output format; only code spans and link targets print raw. -->
<#-- A code span on one line; a value that contains backticks gets a longer fence (MarkdownOutputFormat.codeSpan). -->
<#macro code text>${markdownCode(text)}</#macro>
<#-- A code span in a table cell: as code, with | escaped so it does not split the cell. -->
<#macro cellcode text>${markdownCode(text, true)}</#macro>
<#-- A fenced code block of a language; the fence is longer than any backtick run in the content. -->
<#macro fenced lang content>
<#assign fence = markdownFence(content)>
${fence}${lang}
${content?no_esc}
${fence}
</#macro>
<#-- A link whose text is its target: a relative path or an http(s) URL, escaped; anything else is shown as text (MarkdownOutputFormat.link). -->
<#macro link target>${markdownLink(target)}</#macro>
<#-- A link to a repository-relative path (@Feature prp/prd), shown as written, pointing from the summary's folder. -->
<#macro reference target>${markdownReference(target)}</#macro>
<#-- A @Feature attribute that was not given, saying where to give it. -->
<#macro undeclared attribute>_not declared: add ${attribute?no_esc} to @Feature_</#macro>
<#-- Block macros below print whole lines, newline included, so they can stand alone on a template line. -->
<#-- A section this version does not derive from code yet. -->
<#macro later>
_Not derived from code yet: this version of featuredocs leaves this section empty._
</#macro>
<#-- A section code cannot tell: a block, named by a stable id, whose text the team writes and regeneration keeps. -->
<#-- Under a list bullet, give indent="  ": CommonMark keeps the block inside the item only when it is indented. -->
<#macro manual id indent="">
${indent?no_esc}<!-- featuredocs:manual id="${id?no_esc}" -->
${indent?no_esc}_Code cannot tell this: it is for the team to write._
${indent?no_esc}<!-- /featuredocs:manual -->
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
