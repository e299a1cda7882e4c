package org.ecograph.ingest;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;

/** Finds versioned scripts in files and folders (recursively) or on the classpath, sorted by version. */
public final class ScriptFinder {

	/** Where the bundled schema and seed scripts are packaged. */
	public static final String BUNDLED_LOCATION = "classpath*:cypher/**/*.cypher";

	private ScriptFinder() {
	}

	/**
	 * The scripts in these files and folders.
	 * @throws ScriptDiscoveryException for a missing path, a badly named file or two scripts with one version
	 */
	public static List<CypherScript> inPaths(List<Path> paths) {
		List<CypherScript> scripts = new ArrayList<>();
		for (Path path : paths) {
			if (!Files.exists(path)) {
				throw new ScriptDiscoveryException("No such file or folder: " + path);
			}
			for (Path file : cypherFiles(path)) {
				scripts.add(read(file));
			}
		}
		return sortedUnique(scripts);
	}

	/** The scripts bundled with the application under {@code cypher/} on the classpath. */
	public static List<CypherScript> bundled() {
		try {
			List<CypherScript> scripts = new ArrayList<>();
			for (Resource resource : new PathMatchingResourcePatternResolver().getResources(BUNDLED_LOCATION)) {
				String content = resource.getContentAsString(StandardCharsets.UTF_8);
				String name = resource.getFilename();
				String url = resource.getURL().toString();
				String location = "classpath:" + url.substring(url.lastIndexOf("cypher/"));
				scripts.add(CypherScript.of(name, location, content)
					.orElseThrow(() -> badName(name)));
			}
			return sortedUnique(scripts);
		}
		catch (IOException ex) {
			throw new UncheckedIOException("cannot read the bundled scripts", ex);
		}
	}

	private static List<Path> cypherFiles(Path path) {
		if (Files.isRegularFile(path)) {
			return List.of(path);
		}
		try (Stream<Path> walk = Files.walk(path)) {
			return walk.filter(Files::isRegularFile).filter(p -> p.toString().endsWith(".cypher")).sorted().toList();
		}
		catch (IOException ex) {
			throw new ScriptDiscoveryException("Cannot read folder " + path + ": " + ex.getMessage());
		}
	}

	private static CypherScript read(Path file) {
		String name = file.getFileName().toString();
		try {
			String content = Files.readString(file, StandardCharsets.UTF_8);
			return CypherScript.of(name, file.toString(), content).orElseThrow(() -> badName(file.toString()));
		}
		catch (IOException ex) {
			throw new ScriptDiscoveryException("Cannot read " + file + ": " + ex.getMessage());
		}
	}

	private static ScriptDiscoveryException badName(String name) {
		return new ScriptDiscoveryException(
				"Script " + name + " is not named as a versioned script. Allowed: " + CypherScript.NAMING_RULE);
	}

	private static List<CypherScript> sortedUnique(List<CypherScript> scripts) {
		Map<Integer, CypherScript> byVersion = new HashMap<>();
		for (CypherScript script : scripts) {
			CypherScript other = byVersion.putIfAbsent(script.version(), script);
			if (other != null && !other.location().equals(script.location())) {
				throw new ScriptDiscoveryException("Two scripts have version %d: %s and %s. Each version must be unique."
					.formatted(script.version(), other.location(), script.location()));
			}
		}
		return byVersion.values().stream().sorted(Comparator.comparingInt(CypherScript::version)).toList();
	}

}
