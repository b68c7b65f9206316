#!/usr/bin/env python3
"""Shares of featuredocs' CPU samples per step, from a JFR recording of the benchmark.

    jfr print --json --events jdk.ExecutionSample --stack-depth 300 /tmp/fd.jfr > /tmp/fd.json
    python3 benchmarks/profile-shares.py /tmp/fd.json

A sample counts for a step when the step's method is on its stack (steps overlap: javaparser is
part of the harvest). JFR samples only threads running Java code, so the shares follow CPU time
even when other processes load the machine. Then the 25 hottest leaf frames under the processor.
"""
import collections
import json
import sys

STEPS = [
    ("featuredocs, all", "dev.featuredocs.processor.FeatureDocsProcessor.process"),
    ("collect", "harvest.feature.RoundCollector.collect"),
    ("catalogs (first round)", "dev.featuredocs.processor.FeatureDocsProcessor.catalogs"),
    ("  javac Filer: the catalog's name looked up in every module", "JavacFiler.checkNameAndExistence"),
    ("harvest", "dev.featuredocs.processor.FeatureDocsProcessor.harvest"),
    ("  javaparser: parse a model's outline", "source.JavaParserSourceFacts.outline"),
    ("  javaparser: parse a whole file (fallback)", "source.JavaParserSourceFacts.unit"),
    ("  javaparser: print a declaration", "source.JavaParserSourceFacts.declaration"),
    ("  endpoints (harvest.web)", "harvest.web.EndpointHarvester.endpoints"),
    ("    endpoint statuses (method bodies, handlers)", "harvest.web.EndpointHarvester.statuses"),
    ("  data models (harvest.schema)", "harvest.schema.ModelHarvester.models"),
    ("    model schemas", "harvest.schema.SchemaBuilder.model"),
    ("    JSON examples", "harvest.schema.SchemaExamples.example"),
    ("    pattern values (regex generation)", "harvest.schema.PatternExamples.example"),
    ("  persistence (harvest.persistence)", "harvest.persistence.PersistenceHarvester.harvest"),
    ("  computed sections (harvest.review)", "harvest.review.ComputedSections.of"),
    ("render: Markdown (FreeMarker)", "render.SummaryRenderer.render"),
    ("render: JSON model", "render.JsonRenderer.render"),
    ("write: summaries", "output.SummaryOutput.emit"),
    ("write: schemas", "output.SummaryOutput.emitSchema"),
    ("write: fragments", "output.FragmentStore.write"),
    ("  javac Filer: new file checked against every source and earlier file", "JavacFiler.checkFileReopening"),
]

data = json.load(open(sys.argv[1]))
counts = collections.Counter()
leaves = collections.Counter()
for event in data["recording"]["events"]:
    trace = event["values"].get("stackTrace")
    if not trace:
        continue
    frames = [f["method"]["type"]["name"].replace("/", ".") + "." + f["method"]["name"] for f in trace["frames"]]
    if not any(f.endswith(STEPS[0][1]) for f in frames):
        continue
    leaves[frames[0]] += 1
    for label, method in STEPS:
        if any(f.endswith(method) for f in frames):
            counts[label] += 1
total = counts[STEPS[0][0]] or 1
for label, _ in STEPS:
    print(f"{label:72s} {counts[label]:6d} {100 * counts[label] / total:5.1f} %")
print()
for frame, n in leaves.most_common(25):
    print(f"{n:6d} {frame}")
