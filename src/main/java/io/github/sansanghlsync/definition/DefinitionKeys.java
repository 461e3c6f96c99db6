package io.github.sansanghlsync.definition;

import org.springframework.beans.factory.config.BeanDefinition;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.origin.Origin;
import org.springframework.context.annotation.ClassPathScanningCandidateComponentProvider;
import org.springframework.core.type.filter.AnnotationTypeFilter;
import org.springframework.util.ClassUtils;
import org.springframework.boot.origin.OriginLookup;
import org.springframework.boot.origin.TextResourceOrigin;
import org.springframework.core.env.EnumerablePropertySource;

import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * Checks that every key of a sync definition is a property the program knows, so a typo fails fast
 * ("jobs/acme.yml line 7: unknown key 'sansan.api-kye'; did you mean 'sansan.api-key'?") instead of
 * being silently ignored. Known keys come from the {@code @ConfigurationProperties} records.
 */
public final class DefinitionKeys {

    /** Spring's and logging's own keys may appear in a definition as they are. */
    private static final List<String> OPEN_PREFIXES = List.of("spring.", "logging.");

    private final Map<String, Class<?>> typesByPrefix = new TreeMap<>(Comparator.comparing(String::length).reversed()
            .thenComparing(Comparator.naturalOrder()));

    /** @param typesByPrefix the properties records by their prefix, e.g. "sansan" → SansanProperties */
    public DefinitionKeys(Map<String, Class<?>> typesByPrefix) {
        typesByPrefix.forEach((prefix, type) -> this.typesByPrefix.put(uniform(prefix), type));
    }

    /** Knows the keys of every {@code @ConfigurationProperties} record of the program. */
    public static DefinitionKeys forProgram() {
        ClassPathScanningCandidateComponentProvider scanner = new ClassPathScanningCandidateComponentProvider(false);
        scanner.addIncludeFilter(new AnnotationTypeFilter(ConfigurationProperties.class));
        Map<String, Class<?>> types = new HashMap<>();
        for (BeanDefinition candidate : scanner.findCandidateComponents("io.github.sansanghlsync")) {
            Class<?> type = ClassUtils.resolveClassName(candidate.getBeanClassName(), DefinitionKeys.class.getClassLoader());
            ConfigurationProperties annotation = type.getAnnotation(ConfigurationProperties.class);
            types.put(annotation.prefix().isEmpty() ? annotation.value() : annotation.prefix(), type);
        }
        return new DefinitionKeys(types);
    }

    /** Every problem of the definition, one line each; empty when all keys are known. */
    public List<String> problems(SyncDefinition definition) {
        List<String> problems = new ArrayList<>();
        for (EnumerablePropertySource<?> source : definition.sources()) {
            for (String key : source.getPropertyNames()) {
                if (!isKnown(key)) {
                    problems.add(place(definition, source, key) + ": unknown key '" + key + "'"
                            + suggestion(key).map(s -> "; did you mean '" + s + "'?").orElse(""));
                }
            }
        }
        return problems;
    }

    boolean isKnown(String key) {
        String uniform = uniform(key);
        if (OPEN_PREFIXES.stream().anyMatch(uniform::startsWith)) {
            return true;
        }
        for (Map.Entry<String, Class<?>> entry : typesByPrefix.entrySet()) {
            String prefix = entry.getKey() + ".";
            if (uniform.startsWith(prefix) && fits(entry.getValue(), List.of(uniform.substring(prefix.length()).split("\\.")))) {
                return true;
            }
        }
        return false;
    }

    /** Whether the dotted path (indexes removed) names a property of the record type. */
    private static boolean fits(Type type, List<String> path) {
        Class<?> raw = raw(type);
        if (path.isEmpty()) {
            return !raw.isRecord();
        }
        if (Map.class.isAssignableFrom(raw)) {
            return true;
        }
        if (Collection.class.isAssignableFrom(raw) && type instanceof ParameterizedType parameterized) {
            return fits(parameterized.getActualTypeArguments()[0], path);
        }
        if (!raw.isRecord()) {
            return false;
        }
        for (RecordComponent component : raw.getRecordComponents()) {
            if (uniform(component.getName()).equals(path.get(0))) {
                return fits(component.getGenericType(), path.subList(1, path.size()));
            }
        }
        return false;
    }

    private Optional<String> suggestion(String key) {
        String uniform = uniform(key);
        String best = null;
        int bestDistance = 4;
        for (String known : knownKeys()) {
            int distance = distance(uniform, uniform(known));
            if (distance < bestDistance) {
                best = known;
                bestDistance = distance;
            }
        }
        return Optional.ofNullable(best);
    }

    private List<String> knownKeys() {
        List<String> keys = new ArrayList<>();
        typesByPrefix.forEach((prefix, type) -> collect(prefix, type, keys));
        return keys;
    }

    private static void collect(String prefix, Class<?> type, List<String> keys) {
        if (!type.isRecord()) {
            keys.add(prefix);
            return;
        }
        for (RecordComponent component : type.getRecordComponents()) {
            collect(prefix + "." + kebab(component.getName()), component.getType(), keys);
        }
    }

    private static String place(SyncDefinition definition, EnumerablePropertySource<?> source, String key) {
        if (source instanceof OriginLookup<?> lookup) {
            @SuppressWarnings("unchecked")
            Origin origin = ((OriginLookup<String>) lookup).getOrigin(key);
            if (origin instanceof TextResourceOrigin text && text.getLocation() != null) {
                return definition.file() + " line " + (text.getLocation().getLine() + 1);
            }
        }
        return definition.file().toString();
    }

    /** Lower case, indexes and dashes gone: how Spring's relaxed binding compares names. */
    static String uniform(String key) {
        return key.replaceAll("\\[[^]]*]", "").replace("-", "").replace("_", "").toLowerCase(Locale.ROOT);
    }

    private static String kebab(String camel) {
        return camel.replaceAll("([a-z0-9])([A-Z])", "$1-$2").toLowerCase(Locale.ROOT);
    }

    private static Class<?> raw(Type type) {
        return type instanceof ParameterizedType parameterized ? (Class<?>) parameterized.getRawType() : (Class<?>) type;
    }

    private static int distance(String a, String b) {
        int[] previous = new int[b.length() + 1];
        for (int j = 0; j <= b.length(); j++) {
            previous[j] = j;
        }
        for (int i = 1; i <= a.length(); i++) {
            int[] current = new int[b.length() + 1];
            current[0] = i;
            for (int j = 1; j <= b.length(); j++) {
                int substitution = previous[j - 1] + (a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1);
                current[j] = Math.min(substitution, Math.min(previous[j] + 1, current[j - 1] + 1));
            }
            previous = current;
        }
        return previous[b.length()];
    }
}
