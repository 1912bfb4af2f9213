package org.alvh.replay;

/** Thrown by {@link ReplayEngine#run} when its cancel flag is raised (checked once per market date). */
public final class ReplayCancelledException extends RuntimeException {
    ReplayCancelledException() {
        super("the replay was cancelled");
    }
}
