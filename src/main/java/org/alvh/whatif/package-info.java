/**
 * What moved the hedge (issue 12): the difference between two results figure by figure, the attribution of
 * each layer's change to its inputs by substitution, and the sensitivity of each layer to every numeric
 * parameter. Pure like {@code calc}: it only reruns {@link org.alvh.calc.AlvhEngine#compute} on snapshots and
 * configurations it is given and reads the engine's audit trail; no IO, no UI.
 */
package org.alvh.whatif;
