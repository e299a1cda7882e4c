/**
 * Graph exports for visualization tools: GraphML (yEd, Gephi, Cytoscape), GEXF 1.3 (Gephi), Cytoscape.js JSON
 * (Cytoscape desktop and web) and CSV node and edge lists (spreadsheets, Gephi's spreadsheet import). Each writer is
 * a pure function from a {@link org.ecograph.subgraph.Subgraph} to UTF-8 text on an output stream: it neither queries
 * the graph nor knows HTTP, so an export holds exactly the subgraph the catalog cut out, with its closure guarantee
 * (every edge ends at nodes in the file) and its limits. {@link org.ecograph.export.ExportFormat} names the formats
 * with their media type and file extension.
 */
package org.ecograph.export;
