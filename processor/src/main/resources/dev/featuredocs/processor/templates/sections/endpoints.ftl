### API Endpoints Implemented

<@md.later/>
