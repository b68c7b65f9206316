## Troubleshooting Guide

### Common Issues
<@md.manual "common-issues"/>

### Debug Information
<@md.later/>

### Monitoring
<@md.later/>
