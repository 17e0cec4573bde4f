package london.victimvoice.portal.messaging.sms;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.web.SecurityFilterChain;

import london.victimvoice.portal.messaging.ConditionalOnDelivery;
import london.victimvoice.portal.messaging.MessagingProperties.Delivery;

/**
 * Twilio's calls carry no session and no CSRF token: their proof is the request signature, which
 * {@link TwilioWebhooks} checks on every call. So these two addresses get a chain of their own,
 * before the portal's, with no session, no CSRF and no sign-in.
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnDelivery(Delivery.PROVIDERS)
class TwilioWebhookSecurity {

    @Bean
    @Order(Ordered.HIGHEST_PRECEDENCE)
    SecurityFilterChain twilioWebhookChain(HttpSecurity http) throws Exception {
        return http.securityMatcher(TwilioWebhooks.STATUS_PATH, TwilioWebhooks.INBOUND_PATH)
                .authorizeHttpRequests(auth -> auth.anyRequest().permitAll())
                .csrf(csrf -> csrf.disable())
                .sessionManagement(session -> session.sessionCreationPolicy(
                        org.springframework.security.config.http.SessionCreationPolicy.STATELESS))
                .requestCache(cache -> cache.disable())
                .build();
    }
}
