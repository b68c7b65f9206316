<#-- @ftlvariable name="feature" type="dev.featuredocs.processor.model.FeatureSummary" -->
## Future Considerations

### Known Limitations
<#list feature.debt as item>
- **${item.tag}** ${item.text} (<@md.code item.file + ":" + item.line?c/>)
</#list>
<#list feature.integration.deprecations as deprecation>
- <@md.code deprecation.element/> is deprecated<#if deprecation.forRemoval> for removal</#if><#if deprecation.note?has_content>: ${deprecation.note}</#if>
</#list>
<#if !feature.debt?has_content && !feature.integration.deprecations?has_content>
- _No `TODO`, `FIXME` or `XXX` comment and no `@Deprecated` element in this feature's sources._
</#if>
<@md.manual "known-limitations"/>

### Planned Enhancements
<@md.manual "planned-enhancements"/>

### Maintenance Requirements
<@md.manual "maintenance"/>
