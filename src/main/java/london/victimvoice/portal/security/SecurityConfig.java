package london.victimvoice.portal.security;

import com.vaadin.flow.spring.security.VaadinSecurityConfigurer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.config.ObjectPostProcessor;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configuration.EnableWebSecurity;
import org.springframework.security.crypto.factory.PasswordEncoderFactories;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.header.HeaderWriterFilter;
import org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter.ReferrerPolicy;
import org.springframework.security.web.servlet.util.matcher.PathPatternRequestMatcher;

import london.victimvoice.portal.base.ui.ExitThisPage;
import london.victimvoice.portal.security.ui.StaffSignInView;

@Configuration
@EnableWebSecurity
class SecurityConfig {

    /**
     * Vaadin's client needs inline and eval'd script; everything else is locked to this origin
     * and nothing may frame the portal (clickjacking on a safety-critical page).
     */
    static final String CONTENT_SECURITY_POLICY = String.join("; ",
            "default-src 'self'",
            "script-src 'self' 'unsafe-inline' 'unsafe-eval'",
            "style-src 'self' 'unsafe-inline'",
            "img-src 'self' data:",
            "font-src 'self' data:",
            "connect-src 'self'",
            "object-src 'none'",
            "base-uri 'self'",
            "form-action 'self'",
            "frame-ancestors 'none'");

    @Bean
    SecurityFilterChain securityFilterChain(HttpSecurity http) throws Exception {
        var exitPath = PathPatternRequestMatcher.withDefaults().matcher(ExitThisPage.SESSION_END_PATH);
        http.authorizeHttpRequests(auth -> auth
                .requestMatchers(exitPath).permitAll()
                .requestMatchers("/actuator/health", "/actuator/health/**").permitAll()
                .requestMatchers("/styles/**", "/icons/**").permitAll());
        // The exit beacon cannot carry a CSRF token; all it can do is end the caller's own session.
        http.csrf(csrf -> csrf.ignoringRequestMatchers(exitPath));
        http.headers(headers -> {
            // Vaadin commits its page responses past Spring Security's response wrapper, so
            // headers written lazily (at commit) never reached the browser on Vaadin pages.
            headers.addObjectPostProcessor(new ObjectPostProcessor<HeaderWriterFilter>() {
                @Override
                public <O extends HeaderWriterFilter> O postProcess(O filter) {
                    filter.setShouldWriteHeadersEagerly(true);
                    return filter;
                }
            });
            headers.contentSecurityPolicy(csp -> csp.policyDirectives(CONTENT_SECURITY_POLICY))
                    .referrerPolicy(referrer -> referrer.policy(ReferrerPolicy.NO_REFERRER))
                    .frameOptions(frame -> frame.deny());
        });
        http.sessionManagement(session -> session.sessionFixation(fixation -> fixation.changeSessionId()));
        // Every page is a Vaadin route whose own annotation decides access (navigation access
        // control), so other URLs are let through to show the portal's "Page not found" rather
        // than a sign-in page or a bare 403. HttpEndpointsTest pins the few non-Vaadin endpoints.
        return http.with(VaadinSecurityConfigurer.vaadin(), vaadin -> vaadin
                        .loginView(StaffSignInView.class)
                        .defaultSuccessUrl("/staff", false)
                        .anyRequest(url -> url.permitAll()))
                .build();
    }

    /** bcrypt by default, and old hashes still verify if the default ever changes. */
    @Bean
    PasswordEncoder passwordEncoder() {
        return PasswordEncoderFactories.createDelegatingPasswordEncoder();
    }
}
