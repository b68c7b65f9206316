## Troubleshooting Guide

### Common Issues
<@md.manual/>

### Debug Information
<@md.later/>

### Monitoring
<@md.later/>
