package org.ecograph.ingest;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A versioned Cypher script, named {@code V<version>__<description>.cypher} (e.g.
 * {@code V0002__us_ai_infrastructure_entities.cypher}).
 *
 * @param version the version; scripts run in ascending version order, each once
 * @param description the description from the file name, underscores as spaces
 * @param location where the script was read from (a file path or a classpath location)
 * @param content the script text
 */
public record CypherScript(int version, String description, String location, String content) {

	private static final Pattern FILE_NAME = Pattern.compile("V(\\d{1,9})__([A-Za-z0-9_\\-]+)\\.cypher");

	/** The naming rule, for error messages. */
	public static final String NAMING_RULE = "V<version>__<description>.cypher, e.g. V0004__add_texas_grid.cypher";

	/**
	 * Parses a script's file name.
	 * @return empty when the name does not follow {@link #NAMING_RULE}
	 */
	public static Optional<CypherScript> of(String fileName, String location, String content) {
		Matcher m = FILE_NAME.matcher(fileName);
		if (!m.matches()) {
			return Optional.empty();
		}
		return Optional.of(new CypherScript(Integer.parseInt(m.group(1)), m.group(2).replace('_', ' '), location,
				content));
	}

	/**
	 * SHA-256 of the content with line endings normalised, so a checkout with CRLF endings does not count as a
	 * change.
	 */
	public String checksum() {
		try {
			byte[] normalised = this.content.replace("\r\n", "\n").getBytes(StandardCharsets.UTF_8);
			return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(normalised));
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException("SHA-256 is part of every Java runtime", ex);
		}
	}

	/** The statements of this script. */
	public List<Statement> statements() {
		return StatementSplitter.split(this.content);
	}

	/** {@code V0002 (cypher/seed/V0002__x.cypher)}, for reports. */
	public String label() {
		return "V%04d %s (%s)".formatted(this.version, this.description, this.location);
	}

}
