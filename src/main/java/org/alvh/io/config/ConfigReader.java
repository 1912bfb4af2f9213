package org.alvh.io.config;

import java.io.IOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.List;
import java.util.Objects;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import org.alvh.model.AlvhConfig;
import org.alvh.model.LoadResult;
import org.alvh.model.Problem;

/**
 * Reads {@code config/alvh.json} or any partial override of it (METHOD.md §7).
 *
 * <p>The file is parsed strictly (see {@link ConfigJson}), laid over the bundled defaults (objects merge
 * key by key; lists and the map-valued keys {@code volBeta.futuresBeta} and {@code sectors.aliases}
 * replace the default whole), checked against {@link ConfigRules} and bound to {@link AlvhConfig}.
 * Every problem is collected, named by its dotted key and placed at its line and column in the file
 * (line 0 when the offending value is a default, e.g. {@code beta.minObservations} left at 40 after
 * {@code beta.windowDays} was lowered to 30). A syntax error stops reading and is the only problem.
 * Problems name the file by its file name (or the given source name).
 */
public final class ConfigReader {

    /** Source name used for problems of {@link #fromTree(JsonNode)}. */
    public static final String TREE_SOURCE = "config";
    /** Largest configuration file read, in bytes (the full §7 file is a few KB). */
    public static final long MAX_BYTES = 1024 * 1024;

    private static final ObjectNode DEFAULTS_TREE = ConfigJson.readDefaultsTree();
    private static final AlvhConfig DEFAULTS = bindDefaults();

    /** The METHOD.md §7 defaults, as bundled in {@code alvh-defaults.json}. */
    public static AlvhConfig defaults() {
        return DEFAULTS;
    }

    /** A fresh copy of the defaults tree, in §7 key order. */
    public static ObjectNode defaultsTree() {
        return DEFAULTS_TREE.deepCopy();
    }

    /** The configuration of a command: the file when one is named, else the §7 defaults. */
    public static LoadResult<AlvhConfig> fileOrDefaults(Path file) {
        return file == null ? new LoadResult<>(defaults(), java.util.List.of()) : new ConfigReader().read(file);
    }

    /** Reads a configuration file; problems name it by its file name. */
    public LoadResult<AlvhConfig> read(Path file) {
        Objects.requireNonNull(file, "file");
        String name = file.getFileName() == null ? file.toString() : file.getFileName().toString();
        byte[] bytes;
        try {
            if (Files.isDirectory(file)) {
                return failure(name, "cannot read " + name + ": it is a directory, not a file");
            }
            if (Files.exists(file) && !Files.isRegularFile(file)) {
                return failure(name, "cannot read " + name + ": it is not a regular file (a FIFO, socket or"
                        + " device cannot be read as a configuration)");
            }
            if (Files.isRegularFile(file) && Files.size(file) > MAX_BYTES) {
                return failure(name, "cannot read " + name + ": the file is larger than " + MAX_BYTES
                        + " bytes, too large for a configuration");
            }
            bytes = Files.readAllBytes(file);
        } catch (NoSuchFileException e) {
            return failure(name, "cannot read " + name + ": the file does not exist");
        } catch (AccessDeniedException e) {
            return failure(name, "cannot read " + name + ": access denied");
        } catch (IOException e) {
            return failure(name, "cannot read " + name + ": " + (e.getMessage() == null ? "read error"
                    : e.getMessage()));
        }
        return read(name, bytes);
    }

    /**
     * Reads configuration JSON from memory.
     *
     * @param sourceName the file name used in problems
     * @param json       UTF-8 (or UTF-16/32 with BOM detection as Jackson does) JSON text
     */
    public LoadResult<AlvhConfig> read(String sourceName, byte[] json) {
        Objects.requireNonNull(sourceName, "sourceName");
        Objects.requireNonNull(json, "json");
        LocatedTree tree;
        try {
            tree = LocatedTree.parse(json);
        } catch (ConfigSyntaxException e) {
            return new LoadResult<>(null, List.of(Problem.error(Problem.Code.CONFIG, sourceName, e.position().line(),
                    e.position().column(), e.getMessage())));
        }
        if (tree == null) {
            return failure(sourceName, "the configuration file is empty; write {} for all defaults");
        }
        return load(sourceName, tree);
    }

    /** Applies an override tree built in memory (no line numbers); problems name {@link #TREE_SOURCE}. */
    public LoadResult<AlvhConfig> fromTree(JsonNode overrides) {
        return fromTree(TREE_SOURCE, overrides);
    }

    /** Applies an override tree built in memory; problems name {@code sourceName} with line 0. */
    public LoadResult<AlvhConfig> fromTree(String sourceName, JsonNode overrides) {
        Objects.requireNonNull(sourceName, "sourceName");
        Objects.requireNonNull(overrides, "overrides");
        return load(sourceName, LocatedTree.unlocated(overrides));
    }

    /**
     * Checks an override tree built in memory (an editor's fields) as {@link #fromTree(JsonNode)} does, keeping
     * with each problem the dotted key it concerns.
     */
    public Check check(JsonNode overrides) {
        Objects.requireNonNull(overrides, "overrides");
        return checked(TREE_SOURCE, LocatedTree.unlocated(overrides));
    }

    /**
     * A configuration checked in memory.
     *
     * @param value    the bound set, or null when there is a problem
     * @param problems every problem with its key, in order
     */
    public record Check(AlvhConfig value, List<ConfigProblem> problems) {
        public Check {
            problems = List.copyOf(problems);
        }

        public boolean ok() {
            return value != null;
        }
    }

    private static LoadResult<AlvhConfig> load(String sourceName, LocatedTree overrides) {
        Check check = checked(sourceName, overrides);
        return new LoadResult<>(check.value(), check.problems().stream().map(ConfigProblem::problem).toList());
    }

    private static Check checked(String sourceName, LocatedTree overrides) {
        ConfigProblems problems = new ConfigProblems(sourceName, overrides);
        ObjectNode merged = ConfigMerger.merge(DEFAULTS_TREE, overrides.root(), problems);
        ConfigValidator.validate(merged, overrides.root(), problems);
        if (!problems.isEmpty()) {
            return new Check(null, problems.keyed());
        }
        return new Check(ConfigBinder.bind(merged), List.of());
    }

    private static LoadResult<AlvhConfig> failure(String file, String message) {
        return new LoadResult<>(null, List.of(Problem.error(Problem.Code.CONFIG, file, 0, 0, message)));
    }

    private static AlvhConfig bindDefaults() {
        ConfigProblems problems = new ConfigProblems(ConfigJson.DEFAULTS_RESOURCE, LocatedTree.unlocated(DEFAULTS_TREE));
        ConfigValidator.validate(DEFAULTS_TREE, DEFAULTS_TREE, problems);
        if (!problems.isEmpty()) {
            throw new IllegalStateException("the bundled defaults are invalid: " + problems.sorted());
        }
        return ConfigBinder.bind(DEFAULTS_TREE);
    }
}
