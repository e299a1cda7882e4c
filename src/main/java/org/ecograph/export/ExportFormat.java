package org.ecograph.export;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/** The export formats, each with the file extension that also names it in URLs, its media type and its writer. */
public enum ExportFormat {

	/** GraphML, for yEd, Gephi and Cytoscape desktop. */
	GRAPHML("graphml", "application/graphml+xml", new GraphMlWriter()),

	/** GEXF 1.3, Gephi's own format. */
	GEXF("gexf", "application/gexf+xml", new GexfWriter()),

	/** Cytoscape.js JSON ({@code elements.nodes[].data}, {@code elements.edges[].data}), also read by Cytoscape desktop. */
	CYTOSCAPE_JSON("cytoscape.json", "application/json", new CytoscapeJsonWriter()),

	/** The nodes as CSV (RFC 4180, header row), for spreadsheets and Gephi's spreadsheet import. */
	CSV_NODES("nodes.csv", "text/csv", CsvWriter.NODES),

	/** The edges as CSV (RFC 4180, header row); pairs with {@link #CSV_NODES}. */
	CSV_EDGES("edges.csv", "text/csv", CsvWriter.EDGES);

	private final String extension;

	private final String mediaType;

	private final SubgraphWriter writer;

	ExportFormat(String extension, String mediaType, SubgraphWriter writer) {
		this.extension = extension;
		this.mediaType = mediaType;
		this.writer = writer;
	}

	/** The file extension without the leading dot, e.g. {@code graphml} or {@code nodes.csv}; also its URL name. */
	public String extension() {
		return this.extension;
	}

	/** The media type without parameters; the text is always UTF-8. */
	public String mediaType() {
		return this.mediaType;
	}

	public SubgraphWriter writer() {
		return this.writer;
	}

	/** The format whose extension is {@code extension}, if any. */
	public static Optional<ExportFormat> byExtension(String extension) {
		return Arrays.stream(values()).filter(format -> format.extension.equals(extension)).findFirst();
	}

	/** Every extension, in declaration order, for error messages. */
	public static List<String> extensions() {
		return Arrays.stream(values()).map(ExportFormat::extension).toList();
	}

}
