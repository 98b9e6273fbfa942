package th.reportbot.web.api;

import org.springframework.context.annotation.Configuration;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

import th.reportbot.BotProperties;

@Configuration(proxyBeanMethods = false)
class ApiConfiguration implements WebMvcConfigurer {
    private final BotProperties properties;

    ApiConfiguration(BotProperties properties) {
        this.properties = properties;
    }

    @Override
    public void addInterceptors(InterceptorRegistry registry) {
        registry.addInterceptor(new AdminTokenInterceptor(properties.adminToken())).addPathPatterns("/api/**");
    }
}
