package org.alvh.io.config;

import com.fasterxml.jackson.databind.ObjectMapper;

/** Lets tests of other packages inspect the configuration's Jackson mapper (it stays package-private). */
public final class ConfigMapperAccess {
    private ConfigMapperAccess() {
    }

    public static ObjectMapper mapper() {
        return ConfigJson.mapper();
    }
}
