## Integration Points

### Dependencies
<@md.later/>

### Breaking Changes
<@md.later/>

### Database Impact
<@md.later/>
