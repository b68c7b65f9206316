## Testing & Validation

### Unit Tests Created
<@md.later/>

### Integration Tests
<@md.later/>

### Manual Testing Performed
<@md.manual/>

### Performance Testing
<@md.manual/>
