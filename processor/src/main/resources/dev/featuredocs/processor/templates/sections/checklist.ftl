---

**Completion Checklist**:
<@md.later/>
