package org.alvh.model;

/** How serious an input problem is: errors stop the computation, warnings are reported beside it. */
public enum Severity {
    ERROR,
    WARNING
}
