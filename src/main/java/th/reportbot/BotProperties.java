package th.reportbot;

import java.nio.file.Path;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * @param rosterFile the district roster (YAML)
 * @param adminToken bearer token of the JSON API; blank refuses every API call
 * @param localMode  set by {@code LocalModeEnvironment}: no LINE credentials, simulator on
 */
@ConfigurationProperties("reportbot")
public record BotProperties(@DefaultValue("config/ban-lat.yaml") Path rosterFile,
                            @DefaultValue("") String adminToken,
                            @DefaultValue("false") boolean localMode) {
}
