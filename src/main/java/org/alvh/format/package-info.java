/**
 * How numbers and flags read in the product's text, in one place: used by {@code calc} (rationale and
 * advisory texts), {@code io} (hedge sheet cells), {@code cli} and {@code ui}. Depends on the JDK only.
 */
package org.alvh.format;
