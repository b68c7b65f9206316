### Database Changes (if applicable)

<@md.later/>
