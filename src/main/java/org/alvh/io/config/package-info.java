/**
 * The configuration file {@code config/alvh.json} (METHOD.md §7): {@link org.alvh.io.config.ConfigReader}
 * parses it with line and column positions, merges it over the defaults, validates every key against its
 * rule ({@link org.alvh.io.config.ConfigRules}) and binds it to {@link org.alvh.model.AlvhConfig};
 * {@link org.alvh.io.config.ConfigWriter} writes a configuration (or its difference from the defaults) in
 * the §7 layout, atomically. Same contract as {@link org.alvh.io}: bad input never throws, every problem is
 * reported with its place.
 */
package org.alvh.io.config;
