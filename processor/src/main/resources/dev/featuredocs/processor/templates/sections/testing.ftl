## Testing & Validation

### Unit Tests Created
<@md.later/>

### Integration Tests
<@md.later/>

### Manual Testing Performed
<@md.manual "manual-testing"/>

### Performance Testing
<@md.manual "performance-testing"/>
