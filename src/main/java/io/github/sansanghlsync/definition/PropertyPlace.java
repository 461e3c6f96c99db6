package io.github.sansanghlsync.definition;

import org.springframework.boot.context.properties.source.ConfigurationProperty;
import org.springframework.boot.context.properties.source.ConfigurationPropertyName;
import org.springframework.boot.context.properties.source.ConfigurationPropertySource;
import org.springframework.boot.context.properties.source.ConfigurationPropertySources;
import org.springframework.boot.origin.Origin;
import org.springframework.boot.origin.PropertySourceOrigin;
import org.springframework.boot.origin.TextResourceOrigin;
import org.springframework.core.env.Environment;
import org.springframework.core.io.FileSystemResource;
import org.springframework.core.io.Resource;

import java.util.List;

/**
 * Where a property's value came from, told the way definition errors tell it ("jobs/acme.yml line 12"),
 * so a value that binds but makes no sense can be reported at its place too.
 */
public final class PropertyPlace {

    private PropertyPlace() {}

    /**
     * The place of the first of {@code keys} that some property source holds (the source that wins),
     * or null when none does.
     */
    public static String of(Environment environment, List<String> keys) {
        Iterable<ConfigurationPropertySource> sources = ConfigurationPropertySources.get(environment);
        for (String key : keys) {
            if (!ConfigurationPropertyName.isValid(key)) {
                continue;
            }
            ConfigurationPropertyName name = ConfigurationPropertyName.of(key);
            for (ConfigurationPropertySource source : sources) {
                ConfigurationProperty property = source.getConfigurationProperty(name);
                if (property != null) {
                    return describe(property.getOrigin());
                }
            }
        }
        return null;
    }

    private static String describe(Origin origin) {
        // the binder wraps the YAML's own origin in the property source's
        while (origin instanceof PropertySourceOrigin wrapped && wrapped.getOrigin() != null) {
            origin = wrapped.getOrigin();
        }
        if (origin instanceof TextResourceOrigin text && text.getLocation() != null) {
            Resource resource = text.getResource();
            String file = resource instanceof FileSystemResource fs ? fs.getPath()
                    : resource != null ? resource.getDescription() : "?";
            return file + " line " + (text.getLocation().getLine() + 1);
        }
        return origin == null ? null : origin.toString();
    }
}
