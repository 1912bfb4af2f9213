package org.alvh.io.config;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.function.BiConsumer;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import org.alvh.model.AlvhConfig;
import org.alvh.whatif.NumericParameter;
import org.alvh.whatif.NumericParameter.StepKind;

/**
 * Every numeric value of a configuration as a {@link NumericParameter} for the sensitivity (issue 12), in the
 * order of METHOD.md §7: number and whole-number keys, each entry of {@code volBeta.futuresBeta}
 * ({@code volBeta.futuresBeta.30}), both ends of a day window ({@code layer2.windowDays[0]}), each element of
 * a list of numbers ({@code scenario.spxMoves[2]}) and the numbers of each historical shock
 * ({@code scenario.historical[0].vixPoints}). Whole numbers step by one, the others relatively. Setting a value
 * writes it into the configuration's tree and reads the tree back through {@link ConfigReader}, so a value the
 * validator refuses comes back as its problems.
 */
public final class NumericParameters {

    private final ObjectNode base;

    private NumericParameters(AlvhConfig config) {
        this.base = ConfigWriter.toTree(config);
    }

    /** The numeric parameters of {@code config}, each setting its value in {@code config}. */
    public static List<NumericParameter> of(AlvhConfig config) {
        return new NumericParameters(config).all();
    }

    private List<NumericParameter> all() {
        List<NumericParameter> out = new ArrayList<>();
        for (ConfigRule rule : ConfigRules.ALL) {
            String path = rule.path();
            JsonNode node = ConfigTrees.at(base, path);
            switch (rule.kind()) {
                case NUMBER -> out.add(field(path, StepKind.RELATIVE, parentPath(path), leaf(path)));
                case INTEGER -> out.add(field(path, StepKind.WHOLE, parentPath(path), leaf(path)));
                case DAY_CURVE -> {
                    for (Iterator<Map.Entry<String, JsonNode>> it = node.fields(); it.hasNext(); ) {
                        String day = it.next().getKey();
                        out.add(field(path + "." + day, StepKind.RELATIVE, path, day));
                    }
                }
                case DAY_WINDOW, INTEGER_LIST -> elements(out, path, node, StepKind.WHOLE);
                case NUMBER_LIST -> elements(out, path, node, StepKind.RELATIVE);
                case SHOCK_LIST -> shocks(out, path, node);
                default -> {
                    // booleans, enums, strings and string maps are not numeric
                }
            }
        }
        return List.copyOf(out);
    }

    private void elements(List<NumericParameter> out, String path, JsonNode list, StepKind step) {
        for (int i = 0; i < list.size(); i++) {
            int index = i;
            out.add(parameter(path + "[" + i + "]", step, list.get(i),
                    (tree, value) -> ((ArrayNode) ConfigTrees.at(tree, path)).set(index, value)));
        }
    }

    private void shocks(List<NumericParameter> out, String path, JsonNode shocks) {
        for (int i = 0; i < shocks.size(); i++) {
            int index = i;
            for (String field : List.of("spxPercent", "vixPoints", "days")) {
                StepKind step = field.equals("days") ? StepKind.WHOLE : StepKind.RELATIVE;
                out.add(parameter(path + "[" + i + "]." + field, step, shocks.get(i).get(field),
                        (tree, value) -> ((ObjectNode) ConfigTrees.at(tree, path).get(index)).set(field, value)));
            }
        }
    }

    private NumericParameter field(String key, StepKind step, String objectPath, String name) {
        JsonNode object = objectPath.isEmpty() ? base : ConfigTrees.at(base, objectPath);
        return parameter(key, step, object.get(name), (tree, value) -> {
            JsonNode parent = objectPath.isEmpty() ? tree : ConfigTrees.at(tree, objectPath);
            ((ObjectNode) parent).set(name, value);
        });
    }

    private NumericParameter parameter(String key, StepKind step, JsonNode current,
                                       BiConsumer<ObjectNode, JsonNode> put) {
        return new NumericParameter(key, step, current.doubleValue(), value -> {
            ObjectNode tree = base.deepCopy();
            put.accept(tree, step == StepKind.WHOLE && value == Math.rint(value) && Math.abs(value) < 1e15
                    ? tree.numberNode((long) value) : tree.numberNode(value));
            return new ConfigReader().fromTree(tree);
        });
    }

    private static String parentPath(String path) {
        int dot = path.lastIndexOf('.');
        return dot < 0 ? "" : path.substring(0, dot);
    }

    private static String leaf(String path) {
        return path.substring(path.lastIndexOf('.') + 1);
    }
}
