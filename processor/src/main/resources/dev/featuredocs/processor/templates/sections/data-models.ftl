### Data Models

<@md.later/>
