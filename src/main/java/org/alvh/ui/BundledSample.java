package org.alvh.ui;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.alvh.io.SnapshotReader;
import org.alvh.model.LoadResult;
import org.alvh.model.Snapshot;

/**
 * The sample snapshot packaged in the jar (pom.xml copies {@code sample-data/spx-2018-02-05} to
 * {@value #RESOURCE}), read through {@link SnapshotReader} from memory so the window opens it from any
 * working directory.
 */
final class BundledSample {
    static final String NAME = "spx-2018-02-05";
    static final String RESOURCE = "/org/alvh/sample/" + NAME + "/";
    private static final List<String> FILES = List.of("snapshot.json", "constituents.csv", "condor.csv",
            "market.csv", "vix_futures.csv", "prices.csv", "chain.csv", "events.csv");

    private BundledSample() {
    }

    static LoadResult<Snapshot> read() {
        Map<String, byte[]> files = new LinkedHashMap<>();
        for (String file : FILES) {
            try (InputStream in = BundledSample.class.getResourceAsStream(RESOURCE + file)) {
                if (in != null) {
                    files.put(file, in.readAllBytes());
                }
            } catch (IOException e) {
                throw new UncheckedIOException("cannot read the bundled sample " + file, e);
            }
        }
        if (files.isEmpty()) {
            throw new IllegalStateException("the bundled sample is missing from the jar (" + RESOURCE + ")");
        }
        return new SnapshotReader().read(NAME, files);
    }
}
