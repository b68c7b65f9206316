## Future Considerations

### Known Limitations
<@md.later/>

### Planned Enhancements
<@md.manual "planned-enhancements"/>

### Maintenance Requirements
<@md.manual "maintenance"/>
