package org.alvh.replay;

/** Progress of a replay: called after each market date with the dates done and the dates in all. */
@FunctionalInterface
public interface ReplayListener {
    ReplayListener NONE = (done, total) -> { };

    void progress(int done, int total);
}
