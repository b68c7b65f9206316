<#-- @ftlvariable name="feature" type="dev.featuredocs.processor.model.FeatureSummary" -->
<#-- @ftlvariable name="testing" type="dev.featuredocs.processor.model.TestingDoc" -->
<#-- The block "tests" is owned by the test pass: the main compile keeps the committed one as it is. -->
<#macro testFiles classes>
**Files**:
<#list classes as class>
- <@md.code testing.sourceRoot?has_content?then(testing.sourceRoot + "/", "") + class.file/>
</#list>

**Scenarios Tested**:
<#list classes as class>
- **${class.name}**
<#list class.scenarios as scenario>
  - ${scenario.name}<#if scenario.disabled> _(disabled)_</#if><#if scenario.verifies?has_content> — verifies <#list scenario.verifies as id>**${id}**<#sep>, </#list></#if>
<#else>
  - _no test methods_
</#list>
</#list>
</#macro>
## Testing & Validation

<@md.tests "tests">
<#if testing.analysed>
### Unit Tests Created
<#if testing.unitTests?has_content>
<@testFiles testing.unitTests/>
<#else>
_No unit test of this feature was found in the test sources._
</#if>

### Integration Tests
<#if testing.integrationTests?has_content>
<@testFiles testing.integrationTests/>
<#else>
_No integration test of this feature was found in the test sources._
</#if>

### Business Rule Coverage
<#if testing.coverage?has_content>
| # | Rule | Verified by |
|---|---|---|
<#list testing.coverage as rule>
| ${rule.number} | <#if rule.id?has_content>**${rule.id}**: </#if>${rule.text} | <#if rule.verifiedBy?has_content><#list rule.verifiedBy as test><@md.cellcode test/><#sep>, </#list><#elseif rule.id?has_content>**not verified by any test**<#else>**not verified**: the rule has no id for <@md.cellcode "@Verifies"/> to name</#if> |
</#list>

**${testing.verifiedRules()}/${testing.rules()} business rules verified by a test.**
<#else>
_The feature declares no business rules._
</#if>
<#else>
### Unit Tests Created
_Tests were not analysed: featuredocs fills this in when it runs on the test sources (Maven's test compile)._

### Integration Tests
_Tests were not analysed: featuredocs fills this in when it runs on the test sources (Maven's test compile)._

### Business Rule Coverage
_Tests were not analysed: which rules a test verifies (`@Verifies`) is known once the test sources are compiled._
</#if>
</@md.tests>

### Manual Testing Performed
<@md.manual "manual-testing"/>

### Performance Testing
<@md.manual "performance-testing"/>
