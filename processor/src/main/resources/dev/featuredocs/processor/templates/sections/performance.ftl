## Performance Considerations

### Optimizations Implemented
<@md.later/>

### Performance Metrics
<@md.manual "performance-metrics"/>

### Scalability Considerations
<@md.manual "scalability"/>
