package org.alvh.io;

import com.fasterxml.jackson.core.JsonProcessingException;

import java.io.IOException;
import java.io.InputStream;

/** Turns I/O and parser exceptions into the line and sentence of a problem (no stack traces reach users). */
final class IoErrors {

    private IoErrors() {
    }

    static int lineOf(IOException e, int fallback) {
        if (e instanceof JsonProcessingException jpe && jpe.getLocation() != null
                && jpe.getLocation().getLineNr() > 0) {
            return jpe.getLocation().getLineNr();
        }
        return Math.max(fallback, 0);
    }

    static String messageOf(IOException e) {
        String m = e instanceof JsonProcessingException jpe ? jpe.getOriginalMessage() : e.getMessage();
        return m == null ? e.getClass().getSimpleName() : m;
    }

    static void closeQuietly(InputStream in, String file, ProblemCollector problems) {
        if (in == null) {
            return;
        }
        try {
            in.close();
        } catch (IOException e) {
            problems.warning(file, 0, 0, "could not close the file: " + messageOf(e));
        }
    }
}
