package io.github.sansanghlsync.definition;

import io.github.sansanghlsync.contact.mapping.Spelling;
import org.apache.commons.text.similarity.LevenshteinDistance;
import org.springframework.beans.factory.config.BeanDefinition;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.Name;
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
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Checks that every key of a sync definition is a property the program knows, so a typo fails fast
 * ("jobs/acme.yml line 7: unknown key 'sansan.api-kye'; did you mean 'sansan.api-key'?") instead of
 * being silently ignored. Known keys come from the {@code @ConfigurationProperties} records.
 */
public final class DefinitionKeys {

    /** Spring's and logging's own keys may appear in a definition as they are. */
    private static final List<String> OPEN_PREFIXES = List.of("spring.", "logging.");

    private static final Pattern INDEX = Pattern.compile("\\[[^]]*]");

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

    /**
     * Environment variables that look like settings of the program (their first word is a settings prefix:
     * {@code GHL_}, {@code SANSAN_}, {@code SYNC_} …) but name none, one line each with a suggestion. Spring
     * ignores them silently, so {@code GHL_TOKNE} would leave the token unset. Names only, never values.
     */
    public List<String> unknownEnvironmentVariables(Collection<String> names) {
        Set<String> known = new HashSet<>();
        Set<String> flatKnown = new HashSet<>();
        Set<String> words = new HashSet<>();
        List<String> flatMapPrefixes = new ArrayList<>();
        for (String key : knownKeys()) {
            String env = environmentName(key);
            known.add(env);
            flatKnown.add(flat(env));
            words.add(env.substring(0, env.indexOf('_') < 0 ? env.length() : env.indexOf('_')));
            if (isMap(key)) {
                flatMapPrefixes.add(flat(env));
            }
        }
        List<String> warnings = new ArrayList<>();
        for (String name : new TreeSet<>(names)) {
            int underscore = name.indexOf('_');
            if (underscore < 0 || !words.contains(name.substring(0, underscore))) {
                continue;
            }
            // list indexes (SYNC_ENTRY_STATUSES_0, MAPPING_FIELDS_1_TO) bind like the list's own key, and Spring
            // reads a dash as an underscore or as nothing (SANSAN_BASE_URL, SANSAN_BASEURL)
            String variable = flat(name.replaceAll("_[0-9]+(?=_|$)", ""));
            if (flatKnown.contains(variable) || flatMapPrefixes.stream().anyMatch(prefix -> flat(name).startsWith(prefix))) {
                continue;
            }
            String hint = Spelling.closest(name, known).map(s -> "; did you mean " + s + "?").orElse("");
            warnings.add("environment variable " + name + " is not a setting of this program and is ignored" + hint);
        }
        return warnings;
    }

    /** The environment variable of a key as Spring's relaxed binding reads it: sansan.api-key → SANSAN_API_KEY. */
    static String environmentName(String key) {
        return key.replace("[]", "").replace('.', '_').replace('-', '_').toUpperCase(Locale.ROOT);
    }

    private static String flat(String environmentName) {
        return environmentName.replace("_", "");
    }

    private boolean isMap(String key) {
        for (Map.Entry<String, Class<?>> entry : typesByPrefix.entrySet()) {
            String prefix = entry.getKey() + ".";
            if (uniform(key).startsWith(prefix)) {
                Type type = entry.getValue();
                for (String segment : uniform(key).substring(prefix.length()).split("\\.")) {
                    type = componentType(type, segment);
                    if (type == null) {
                        return false;
                    }
                }
                return Map.class.isAssignableFrom(raw(type));
            }
        }
        return false;
    }

    private static Type componentType(Type type, String uniformName) {
        Class<?> raw = raw(type);
        if (Collection.class.isAssignableFrom(raw) && type instanceof ParameterizedType parameterized) {
            return componentType(parameterized.getActualTypeArguments()[0], uniformName);
        }
        if (!raw.isRecord()) {
            return null;
        }
        for (RecordComponent component : raw.getRecordComponents()) {
            if (uniform(propertyName(component)).equals(uniformName)) {
                return component.getGenericType();
            }
        }
        return null;
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
            if (uniform(propertyName(component)).equals(path.get(0))) {
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
            int distance = LevenshteinDistance.getDefaultInstance().apply(uniform, uniform(known));
            if (distance < bestDistance) {
                best = known;
                bestDistance = distance;
            }
        }
        return Optional.ofNullable(best).map(known -> withIndexes(known, key));
    }

    /** The known key with the typed key's list indexes in place of its {@code []}: mapping.fields[2].join. */
    private static String withIndexes(String known, String typed) {
        Matcher indexes = INDEX.matcher(typed);
        StringBuilder out = new StringBuilder();
        int from = 0;
        for (int at = known.indexOf("[]"); at >= 0; at = known.indexOf("[]", from)) {
            out.append(known, from, at).append(indexes.find() ? indexes.group() : "[0]");
            from = at + 2;
        }
        return out.append(known.substring(from)).toString();
    }

    private List<String> knownKeys() {
        List<String> keys = new ArrayList<>();
        typesByPrefix.forEach((prefix, type) -> collect(prefix, type, keys));
        return keys;
    }

    private static void collect(String prefix, Type type, List<String> keys) {
        Class<?> raw = raw(type);
        if (Collection.class.isAssignableFrom(raw) && type instanceof ParameterizedType parameterized
                && raw(parameterized.getActualTypeArguments()[0]).isRecord()) {
            // a list of records (mapping.fields): its items' keys, with [] where the index goes
            collect(prefix + "[]", parameterized.getActualTypeArguments()[0], keys);
            return;
        }
        if (!raw.isRecord()) {
            keys.add(prefix);
            return;
        }
        for (RecordComponent component : raw.getRecordComponents()) {
            collect(prefix + "." + kebab(propertyName(component)), component.getGenericType(), keys);
        }
    }

    /** The property a record component binds: its {@code @Name} (for Java keywords such as {@code default}) or its name. */
    private static String propertyName(RecordComponent component) {
        try {
            // @Name targets fields and parameters, so a record keeps it on the component's field
            Name name = component.getDeclaringRecord().getDeclaredField(component.getName()).getAnnotation(Name.class);
            return name == null ? component.getName() : name.value();
        } catch (NoSuchFieldException e) {
            return component.getName();
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
}
