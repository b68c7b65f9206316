<#-- @ftlvariable name="feature" type="dev.featuredocs.processor.model.FeatureSummary" -->
<#-- @ftlvariable name="testing" type="dev.featuredocs.processor.model.TestingDoc" -->
---

**Completion Checklist**:
<#-- Owned by the test pass, like the Testing & Validation block. -->
<@md.tests "checklist-tests">
<#if testing.analysed>
<#if testing.rules() gt 0>
- [<#if testing.verifiedRules() == testing.rules()>x<#else> </#if>] **Business rules verified by a test**: ${testing.verifiedRules()}/${testing.rules()} business rules verified by a test<#if testing.verifiedRules() != testing.rules()>; fails for:</#if>
<#list testing.coverage?filter(r -> !r.verifiedBy?has_content) as rule>
  - <#if rule.id?has_content>${rule.id}<#else>rule ${rule.number} (no id)</#if>: ${rule.text}
</#list>
<#else>
- [x] **Business rules verified by a test**: the feature declares no business rules
</#if>
<#else>
- [ ] **Business rules verified by a test**: tests were not analysed (featuredocs did not run on the test sources)
</#if>
</@md.tests>
<#list feature.criteria.completion as criterion>
<@md.criterion criterion/>
<#else>
_No criteria were computed for this feature._
</#list>
