package org.ecograph.api.http;

import java.io.ByteArrayOutputStream;
import java.io.IOException;

import org.ecograph.api.ApiLimits;
import org.ecograph.api.SubgraphArguments;
import org.ecograph.export.ExportFormat;
import org.ecograph.export.MeasureAttributes;
import org.ecograph.measure.MeasureCatalog;
import org.ecograph.model.NotFoundException;
import org.ecograph.subgraph.Subgraph;
import org.ecograph.subgraph.SubgraphService;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

/**
 * {@code GET /export/{format}}: the subgraph the GraphQL {@code subgraph} field returns for the same arguments
 * ({@link SubgraphArguments}, parsed from text by {@link ExportArguments}), as a file for a visualization tool, with
 * the typed figures of every node and edge in a {@value MeasureAttributes#ATTRIBUTE} attribute. The file is built in
 * memory before anything is sent (the node limit bounds it), so a failure is always a clean JSON error, never half a
 * file.
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
	ResponseEntity<byte[]> export(@PathVariable String format, @ModelAttribute ExportArguments arguments)
			throws IOException {
		ExportFormat exportFormat = ExportFormat.byExtension(format)
			.orElseThrow(() -> new NotFoundException("No export format '" + format + "': allowed "
					+ String.join(", ", ExportFormat.extensions())));
		SubgraphArguments subgraph = arguments.subgraph(this.limits);
		Subgraph found = this.subgraphs.subgraph(subgraph.request(this.limits));
		Subgraph graph = MeasureAttributes.with(found, this.measures
			.forSubjects(MeasureAttributes.subjectIds(found), null, subgraph.includeInferred()));
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
