<#-- @ftlvariable name="testing" type="dev.featuredocs.processor.model.TestingDoc" -->
---

**Completion Checklist**:
<@md.tests "checklist-tests">
<#if testing.analysed>
<#if testing.rules() gt 0>
- [<#if testing.verifiedRules() == testing.rules()>x<#else> </#if>] ${testing.verifiedRules()}/${testing.rules()} business rules verified by a test
<#else>
- [x] No business rules to verify
</#if>
<#else>
- [ ] Business rules verified by a test: _tests were not analysed_
</#if>
</@md.tests>
<@md.later/>
