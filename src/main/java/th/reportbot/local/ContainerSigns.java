package th.reportbot.local;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;

/**
 * What local mode reads to tell a laptop from a deployment: the marker files Docker and Podman leave, and the
 * variables Kubernetes and systemd-nspawn/Podman set.
 *
 * @param dockerEnv           {@code /.dockerenv} exists
 * @param containerEnv        {@code /run/.containerenv} exists
 * @param kubernetesServiceHost the {@code KUBERNETES_SERVICE_HOST} variable, or null
 * @param containerVariable   the {@code container} variable, or null
 */
record ContainerSigns(boolean dockerEnv, boolean containerEnv, String kubernetesServiceHost, String containerVariable) {

    static ContainerSigns ofThisMachine() {
        return new ContainerSigns(Files.exists(Path.of("/.dockerenv")), Files.exists(Path.of("/run/.containerenv")),
                System.getenv("KUBERNETES_SERVICE_HOST"), System.getenv("container"));
    }

    static ContainerSigns none() {
        return new ContainerSigns(false, false, null, null);
    }

    /** @return the first sign of a container, as an operator would look for it, or empty on a plain machine */
    Optional<String> evidence() {
        if (dockerEnv) {
            return Optional.of("/.dockerenv exists");
        }
        if (containerEnv) {
            return Optional.of("/run/.containerenv exists");
        }
        if (kubernetesServiceHost != null && !kubernetesServiceHost.isBlank()) {
            return Optional.of("KUBERNETES_SERVICE_HOST is set");
        }
        if (containerVariable != null && !containerVariable.isBlank()) {
            return Optional.of("the variable container=" + containerVariable + " is set");
        }
        return Optional.empty();
    }
}
