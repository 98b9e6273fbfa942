package th.reportbot.web.dashboard;

import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;

/** In production the site's root leads to the officers' page (in local mode it is the simulator). */
@Controller
@ConditionalOnProperty(name = "reportbot.local-mode", havingValue = "false", matchIfMissing = true)
class RootRedirect {
    @GetMapping("/")
    String root() {
        return "redirect:/dashboard";
    }
}
