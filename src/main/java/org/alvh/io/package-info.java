/**
 * Reading and writing the files of the ALVH workstation.
 *
 * <p>Contract: readers never throw on bad input. They return a {@link org.alvh.model.LoadResult} carrying
 * every problem found in every file (file, 1-based line, 1-based column, a sentence a trader understands);
 * the value is null when there is at least one error. Warnings never stop a load. Formats (CSV dialect,
 * numbers, dates) have one home, {@link org.alvh.io.CsvFormat}, and are locale-independent. Writers are
 * atomic: they write to a temporary file and move it into place.
 */
package org.alvh.io;
