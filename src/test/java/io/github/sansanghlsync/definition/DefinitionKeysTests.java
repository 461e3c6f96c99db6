package io.github.sansanghlsync.definition;

import io.github.sansanghlsync.contact.MappingProperties;
import io.github.sansanghlsync.ghl.GhlProperties;
import io.github.sansanghlsync.job.SyncProperties;
import io.github.sansanghlsync.sansan.SansanProperties;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class DefinitionKeysTests {

    @TempDir
    Path dir;

    private final DefinitionKeys keys = new DefinitionKeys(Map.of("sansan", SansanProperties.class,
            "ghl", GhlProperties.class, "sync", SyncProperties.class));

    @Test
    void acceptsEveryKnownKeyInAnySpelling() throws Exception {
        SyncDefinition definition = write("""
                sansan:
                  base-url: https://api.sansan.com
                  apiKey: x
                ghl:
                  location-id: abc
                  burst_window: 10s
                sync:
                  entry-statuses: [completed, processing]
                spring:
                  datasource:
                    url: jdbc:postgresql://db/sync
                """);

        assertThat(keys.problems(definition)).isEmpty();
    }

    @Test
    void namesTheFileLineAndKeyOfATypoAndSuggestsTheKnownKey() throws Exception {
        SyncDefinition definition = write("""
                sansan:
                  base-url: https://api.sansan.com
                  api-kye: x
                colour: blue
                """);

        assertThat(keys.problems(definition)).containsExactly(
                dir.resolve("acme.yml") + " line 3: unknown key 'sansan.api-kye'; did you mean 'sansan.api-key'?",
                dir.resolve("acme.yml") + " line 4: unknown key 'colour'");
    }

    @Test
    void aMissingFileOrBrokenYamlFailsWithTheFileName() throws Exception {
        assertThatThrownBy(() -> SyncDefinition.load(dir.resolve("nope.yml")))
                .isInstanceOf(InvalidDefinitionException.class).hasMessageContaining("nope.yml");
        Files.writeString(dir.resolve("broken.yml"), "sansan:\n  base-url: [unclosed\n");
        assertThatThrownBy(() -> SyncDefinition.load(dir.resolve("broken.yml")))
                .isInstanceOf(InvalidDefinitionException.class).hasMessageContaining("broken.yml").hasMessageContaining("line");
    }

    @Test
    void acceptsTheListIndexedKeysOfFieldRulesAndRejectsATypoInsideARule() throws Exception {
        DefinitionKeys withMapping = new DefinitionKeys(Map.of("mapping", MappingProperties.class));
        SyncDefinition definition = write("""
                mapping:
                  name-order: by-script
                  fields:
                    - to: customField.contact.department_full
                      from: [companyName, departmentName]
                      join: " / "
                    - to: state
                      from: prefecture
                      default: 東京都
                    - to: customField.contact.exchange_date
                      from: exchangeDate
                      date-fromat: yyyy/MM/dd
                      kana: nfkc
                """);

        assertThat(withMapping.problems(definition)).containsExactly(dir.resolve("acme.yml")
                + " line 12: unknown key 'mapping.fields[2].date-fromat'; did you mean 'mapping.fields[2].date-format'?");
    }

    @Test
    void warnsOfAnEnvironmentVariableThatLooksLikeASettingButIsNone() {
        DefinitionKeys program = DefinitionKeys.forProgram();

        List<String> warnings = program.unknownEnvironmentVariables(List.of(
                "GHL_TOKNE", "SANSAN_API_KEY", "GHL_TOKEN", "SYNC_ENTRY_STATUSES_0", "MAPPING_FIELDS_1_TO",
                "OWNERS_USERS_U123", "PATH", "HOME", "JAVA_HOME", "SANSAN_BASEURL", "SANSAN_BASE_URI"));

        assertThat(warnings).containsExactly(
                "environment variable GHL_TOKNE is not a setting of this program and is ignored; did you mean GHL_TOKEN?",
                "environment variable SANSAN_BASE_URI is not a setting of this program and is ignored; did you mean SANSAN_BASE_URL?");
    }

    @Test
    void theNameIsTheFileName() throws Exception {
        assertThat(write("sync:\n  chunk-size: 50\n").name()).isEqualTo("acme");
    }

    private SyncDefinition write(String yaml) throws Exception {
        Path file = dir.resolve("acme.yml");
        Files.writeString(file, yaml);
        return SyncDefinition.load(file);
    }
}
