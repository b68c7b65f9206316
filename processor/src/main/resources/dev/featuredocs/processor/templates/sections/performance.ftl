## Performance Considerations

### Optimizations Implemented
<@md.later/>

### Performance Metrics
<@md.manual/>

### Scalability Considerations
<@md.manual/>
