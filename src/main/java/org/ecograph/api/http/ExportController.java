package org.ecograph.api.http;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.List;

import org.ecograph.api.ApiLimits;
import org.ecograph.api.BadRequestException;
import org.ecograph.api.graphql.Arguments;
import org.ecograph.api.graphql.CatalogController;
import org.ecograph.export.ExportFormat;
import org.ecograph.export.MeasureAttributes;
import org.ecograph.measure.MeasureCatalog;
import org.ecograph.model.ClaimStatus;
import org.ecograph.model.EntityKind;
import org.ecograph.model.NotFoundException;
import org.ecograph.model.RelationKind;
import org.ecograph.subgraph.Subgraph;
import org.ecograph.subgraph.SubgraphRequest;
import org.ecograph.subgraph.SubgraphService;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * {@code GET /export/{format}}: the subgraph the GraphQL {@code subgraph} field returns for the same arguments,
 * checked by the same rules, as a file for a visualization tool, with the typed figures of every node and edge in a
 * {@value MeasureAttributes#ATTRIBUTE} attribute. The file is built in memory before anything is
 * sent (the node limit bounds it), so a failure is always a clean JSON error, never half a file.
 */
@RestController
class ExportController {

	/** The name of every exported file, before its extension. */
	static final String FILE_NAME = "ecograph-subgraph";

	private final SubgraphService subgraphs;

	private final ApiLimits limits;

	private final MeasureCatalog measures;

	ExportController(SubgraphService subgraphs, ApiLimits limits, MeasureCatalog measures) {
		this.subgraphs = subgraphs;
		this.limits = limits;
		this.measures = measures;
	}

	@GetMapping("/export/{format}")
	ResponseEntity<byte[]> export(@PathVariable String format, @RequestParam(required = false) List<String> ids,
			@RequestParam(required = false) String hops, @RequestParam(required = false) List<String> kinds,
			@RequestParam(required = false) List<String> entityKinds,
			@RequestParam(required = false) List<String> status,
			@RequestParam(required = false) String minConfidence, @RequestParam(required = false) String asOf,
			@RequestParam(required = false) String limit, @RequestParam(required = false) String includeInferred)
			throws IOException {
		ExportFormat exportFormat = ExportFormat.byExtension(format)
			.orElseThrow(() -> new NotFoundException("No export format '" + format + "': allowed "
					+ String.join(", ", ExportFormat.extensions())));
		List<String> start = ExportArguments.list(ids);
		if (start == null) {
			throw new BadRequestException("ids is required: give one or more entity ids separated by commas,"
					+ " e.g. ids=agency:us-doe");
		}
		SubgraphRequest request = CatalogController.subgraphRequest(start,
				ExportArguments.integer("hops", hops, "0.." + this.limits.maxSubgraphHops()),
				ExportArguments.enums("kinds", kinds, RelationKind.class, "a relation kind"),
				ExportArguments.enums("entityKinds", entityKinds, EntityKind.class, "an entity kind"),
				ExportArguments.enums("status", status, ClaimStatus.class, "a claim status"),
				ExportArguments.number("minConfidence", minConfidence, "0..1"),
				ExportArguments.date("asOf", asOf),
				ExportArguments.integer("limit", limit, "1.." + this.limits.maxSubgraphLimit()), this.limits);
		Boolean inferred = ExportArguments.bool("includeInferred", includeInferred);
		Subgraph found = this.subgraphs.subgraph(new SubgraphRequest(request.ids(), request.hops(),
				Arguments.withInferred(request.relations(), inferred), request.entityKinds(), request.limit()));
		Subgraph graph = MeasureAttributes.with(found, this.measures
			.forSubjects(MeasureAttributes.subjectIds(found), null, Arguments.includeInferred(inferred)));
		ByteArrayOutputStream file = new ByteArrayOutputStream();
		exportFormat.writer().write(graph, file);
		return ResponseEntity.ok()
			.contentType(MediaType.parseMediaType(exportFormat.mediaType() + ";charset=UTF-8"))
			.header(HttpHeaders.CONTENT_DISPOSITION,
					ContentDisposition.attachment()
						.filename(FILE_NAME + "." + exportFormat.extension())
						.build()
						.toString())
			.body(file.toByteArray());
	}

}
