## Security Considerations

### Input Validation
<@md.later/>

### Authentication & Authorization
<@md.later/>

### Error Handling
<@md.later/>
