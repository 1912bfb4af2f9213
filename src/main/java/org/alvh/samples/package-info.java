/**
 * Builder of sample snapshots from the public data of {@code shared/data} ({@code build-sample}).
 *
 * <p>Contract: the output is a METHOD.md §1 snapshot folder whose real columns come unchanged from the data
 * and whose generated columns are labelled ILLUSTRATIVE in the folder's {@code SOURCES.md}; the same inputs
 * give byte-identical files ({@code \n} line endings, {@code .} decimal point, fixed seed). This package may
 * use {@code model} and {@code calc}; nothing in the engine depends on it.
 */
package org.alvh.samples;
