## Future Considerations

### Known Limitations
<@md.later/>

### Planned Enhancements
<@md.manual/>

### Maintenance Requirements
<@md.manual/>
